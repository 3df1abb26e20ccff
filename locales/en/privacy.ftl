# Privacy and fault tolerance: restores, limits, refusals.

restore-corrupt = { $file } is damaged (SQLite’s integrity check: { $error }): nothing was restored.
restore-foreign = { $file } is a database of another application (schema revision { $revision }, unknown to CECOPS Intake): nothing was restored.
doctor-database-corrupt = Database: { $url } is damaged (SQLite’s quick check: { $error }). Restore the latest backup with: intake db restore
xlsform-too-many-rows = More than { $limit } rows: a questionnaire fits well within that. Delete the rows below (even blank-looking ones hold something).
xlsform-too-many-columns = More than { $limit } columns with a header: delete the columns from here on.
xlsform-cell-too-long = This cell holds more than { $limit } characters: shorten it.
xlsform-expr-too-deep = The expression nests more than { $limit } parentheses inside one another: write it more simply.
