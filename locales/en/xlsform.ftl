# The questionnaire as an XLSForm workbook: `intake questionnaire export | check | import`.

xlsform-where = { $sheet } row { $row }, column { $column }
xlsform-problem = { $where }: { $problem }
xlsform-other = Other
xlsform-constraint-length = Please keep the answer to { $max } characters at most.
xlsform-constraint-at-least = Please enter a whole number of at least { $min }.
xlsform-constraint-year = Please enter a year from { NUMBER($min, useGrouping: 0) } to { $ahead } years from now.

xlsform-exported = Questionnaire version { $version } written to { $path }.
xlsform-check-ok = { $path }: no problems. Questionnaire version { $version }, { $count } questions.
xlsform-check-failed = { $path }: { $count ->
    [one] one problem
   *[other] { $count } problems
} to fix.
xlsform-imported = Questionnaire version { $version } imported: { $yaml } and { $count } locale files written.
xlsform-unreadable = Cannot read { $path } as an XLSX workbook: { $reason }
xlsform-startup-failed = The questionnaire file { $path } (QUESTIONNAIRE_FILE) cannot be used:

xlsform-language = Unknown default language: please write English (en), Français (fr), Italiano (it) or Lietuvių (lt).
xlsform-version = The version “{ $value }” is not a whole number (for example 2).
xlsform-missing-translation = The { $language ->
    [en] English
    [fr] French
    [it] Italian
   *[lt] Lithuanian
} text is missing.
xlsform-missing-column = The column “{ $column }” is missing.
xlsform-bad-choice = The choice name “{ $name }” must not be empty or contain spaces.
xlsform-duplicate-choice = The choice “{ $name }” appears twice in this list.
xlsform-end-group = This end_group has no begin_group before it.
xlsform-open-group = The group “{ $name }” is never closed with end_group.
xlsform-no-type = The row “{ $name }” has no type.
xlsform-no-questions = The survey sheet holds no question.
xlsform-definition = The questionnaire is inconsistent: { $detail }
xlsform-bad-name = The name “{ $name }” must start with a letter or an underscore, followed by letters, digits, hyphens, dots or underscores.
xlsform-duplicate-name = The name “{ $name }” is already used on row { $first }.
xlsform-unknown-type = The type “{ $type }” is not supported. Supported: text, integer, decimal, date, geopoint, note, acknowledge, range, calculate, select_one, select_multiple (with or_other), file, image, begin_group, end_group, begin_repeat, end_repeat.
xlsform-kind-mismatch = The intake:kind “{ $kind }” does not fit the type “{ $type }”.
xlsform-required = The value “{ $value }” in required must be yes or no.
xlsform-no-list = The choice list “{ $list }” does not exist in the choices sheet.
xlsform-yesno = A yes/no question needs a list with exactly the choices yes and no (“{ $list }”).
xlsform-other-choice = The “other” choice “{ $choice }” is not in the list “{ $list }”.
xlsform-constraint = The constraint “{ $value }” is not supported. Supported: . >= N and . <= N for numbers, string-length(.) <= N for text.
xlsform-kind-changed = The question “{ $name }” was { $before } and would become { $after }: answers already given would change meaning. Please give the new question a new name.
xlsform-expr-unexpected = Unexpected “{ $token }” in the expression. Supported: q = 'v', q != 'v', selected(q, 'v'), comparisons with numbers, and, or, not(…), parentheses.
xlsform-expr-empty = The expression is empty.
xlsform-expr-end = The expression ends too early.
xlsform-expr-function = “{ $name }” is not supported in an expression; only selected(…) and not(…) are.
xlsform-expr-whole-number = Only whole numbers can be compared (“{ $token }”).
xlsform-expr-text-order = Text (“{ $token }”) can only be compared with = or !=.
xlsform-expr-unknown-question = The expression refers to “{ $name }”, which is not an earlier question.
xlsform-expr-not-choice = The question “{ $name }” is not a choice question: use a number or selected(…) only where it fits.
xlsform-expr-unknown-choice = The question “{ $name }” has no choice “{ $choice }”.
xlsform-expr-not-number = The question “{ $name }” is not answered with a number.
