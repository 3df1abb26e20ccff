# The terminal chat (`intake chat`), used to try the questionnaire and proof-read a language.

console-welcome = CECOPS Intake in the terminal. Your answers are saved as you go: type “quit” to stop and run the command again to continue.
console-commands = Commands: back · skip · keep · review · edit N · submit · lang en|fr|it|lt · restart · resume · status · delete · cancel · help · quit
console-choose = Type the number of your choice (or its text).
console-choose-many = Type the numbers of your choices one at a time to select or unselect them, then “done”.
console-type-country = Type the number or the name of any country.
console-file = This terminal cannot receive files: type “skip” if the question is optional.
console-edit = Type “edit N” to change answer N, or “submit”.
console-continue = Type “continue” to answer the remaining questions.
console-unknown = I did not understand. Type “help” for the commands.
console-bye = See you soon. Your answers are saved.
cli-no-token =
    TELEGRAM_BOT_TOKEN is not set, so the bot cannot connect to Telegram.
    To get a token, open Telegram, talk to @BotFather, send /newbot and follow the steps; then put TELEGRAM_BOT_TOKEN=<the token> in the environment or in a .env file.
    To try the questionnaire without Telegram, run: intake chat (or make chat).
cli-db-upgraded = The database schema is up to date.
cli-purged = { $count ->
    [one] One unfinished questionnaire was older than the retention period and has been deleted.
   *[other] { $count } unfinished questionnaires were older than the retention period and have been deleted.
}
