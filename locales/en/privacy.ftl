# Privacy and fault tolerance: restores, limits, refusals.

restore-corrupt = { $file } is damaged (SQLite’s integrity check: { $error }): nothing was restored.
restore-foreign = { $file } is a database of another application (schema revision { $revision }, unknown to CECOPS Intake): nothing was restored.
doctor-database-corrupt = Database: { $url } is damaged (SQLite’s quick check: { $error }). Restore the latest backup with: intake db restore
xlsform-too-many-rows = More than { $limit } rows: a questionnaire fits well within that. Delete the rows below (even blank-looking ones hold something).
xlsform-too-many-columns = More than { $limit } columns with a header: delete the columns from here on.
xlsform-cell-too-long = This cell holds more than { $limit } characters: shorten it.
xlsform-expr-too-deep = The expression nests more than { $limit } parentheses inside one another: write it more simply.
ws-signin-cross-site = This sign-in did not come from the workspace's own page. Open the link the bot sent you and press the button there.
ws-signin-too-many = Too many sign-in attempts from your connection. Please wait ten minutes, then send /web to the bot for a new link.
ws-reminder-last = The last reminder to this respondent went on { $when }: one is sent at most once per reminder period (REMINDER_AFTER).
