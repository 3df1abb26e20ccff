# Words typed in the terminal chat (`intake chat`), in the chat's language; English always works too.
# Lowercase, one or two words; accents may be left out when typing. console.ftl shows them in
# its hints through references such as { console-word-done }.
console-word-back = back
console-word-skip = skip
console-word-keep = keep
console-word-done = done
console-word-review = review
console-word-edit = edit
console-word-submit = submit
console-word-continue = continue
console-word-lang = lang
console-word-restart = restart
console-word-resume = resume
console-word-start = start
console-word-status = status
console-word-delete = delete
console-word-cancel = cancel
console-word-help = help
console-word-quit = quit
