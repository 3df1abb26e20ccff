# Telegram-only messages: commands, chat types, files and other surprises.

cmd-start = Start or continue the questionnaire
cmd-resume = Continue where you stopped
cmd-back = Go back to the previous question
cmd-skip = Skip an optional question
cmd-review = Review your answers
cmd-language = Change the language
cmd-cancel = Stop for now (your answers are kept)
cmd-help = How this works
cmd-status = Your submissions and their references
cmd-delete = Delete all your data
cmd-export = Export the answers (admins)
cmd-stats = Statistics (admins)
cmd-digest = Preview the digest (admins)

bot-private-only = This assistant works only in a private chat. Please write to me directly.
bot-edited-message = Edited messages are not taken into account. To change an answer, use “Back” or the review.
bot-unknown-command = I do not know this command. Send /help to see what I can do.
bot-unsupported = I cannot use this kind of message here.
bot-file-too-big = This file is too large ({ NUMBER($size, maximumFractionDigits: 1) } MB). Please send a file of at most { $max } MB, or share a link instead.
bot-text-too-long-part = (continued { $part }/{ $parts })
