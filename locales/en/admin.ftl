# Administrators only: exports, statistics and the admin commands.

## Export columns (the question columns are headed by the q-<question>-label messages)

export-column-reference = Reference
export-column-status = Questionnaire status
export-column-language = Language
export-column-country-code = Country code
export-column-created = Started (UTC)
export-column-submitted = Submitted (UTC)
export-column-source = Source
# One 0/1 column per choice of a multiple-choice question (--choice-columns).
export-choice-column = { $question }: { $choice }
# The free text typed for the "other" choice, next to its 0/1 column.
export-other-column = { $question }: { $choice } (text)
export-sheet-title = Questionnaires

## Export options, on the command line and in the bot

export-error-format = Unknown format “{ $value }”: please choose csv or xlsx.
export-error-status = Unknown status “{ $value }”: please choose submitted, draft or all.
export-error-language = Unknown language “{ $value }”: please choose en, fr, it or lt.
export-error-country = Unknown country “{ $value }”: please give an ISO code such as IT, or the name of a country.
export-error-date = Invalid date “{ $value }”: please use the format YYYY-MM-DD (for example 2026-01-31).
export-error-period = The start date must be earlier than the end date.
export-error-unknown = Unknown argument “{ $value }”.
export-error-stdout-xlsx = An XLSX file cannot be written to the standard output: please give a file name with --out.
export-progress = Exporting
export-done =
    { $count ->
        [one] { $count } questionnaire exported to { $path }.
       *[other] { $count } questionnaires exported to { $path }.
    }

## Admin commands in the bot

admin-export-usage =
    Usage: /export [csv|xlsx] [status=submitted|draft|all] [since=YYYY-MM-DD] [until=YYYY-MM-DD] [country=IT] [lang=en|fr|it|lt] [respondent-lang=en|fr|it|lt] [ids] [choice-columns] [no-bom]
    lang: the language of the headers and answers; respondent-lang: only the questionnaires filled in in that language; until: that day included.
    Example: /export xlsx status=all since=2026-01-01 country=IT lang=fr
admin-export-empty = No questionnaire matches these filters.
admin-export-too-large = The file is too large to be sent here ({ $size } MB; the limit is { $max } MB). Please narrow the filters or use the command line: intake export.
admin-export-caption =
    { $count ->
        [one] { $count } questionnaire
       *[other] { $count } questionnaires
    }
admin-export-failed = The export failed; the error has been logged.
admin-stats-failed = The statistics could not be computed; the error has been logged.
admin-digest-unavailable = The digest is not available: e-mail delivery is not configured.
admin-digest-failed = The digest could not be sent; the error has been logged.

## Statistics

stats-title = Statistics on { $time } (UTC)
stats-by-status = Questionnaires — submitted: { $submitted } · in progress: { $drafts } · withdrawn: { $withdrawn }
stats-period =
    { $days ->
        [one] Last day
       *[other] Last { $days } days
    } — submitted: { $submitted } · started: { $started } · active respondents: { $active }
stats-drafts =
    Drafts in progress: { $drafts }, of which { $recent } updated { $days ->
        [one] in the last day
       *[other] in the last { $days } days
    }
stats-by-language = Submitted, by language: { $list }
stats-by-country = Submitted, by country: { $list }
stats-list-item = { $name }: { $count }
stats-more-countries =
    { $count ->
        [one] { $count } other country: { $total }
       *[other] { $count } other countries: { $total }
    }
stats-none = none
stats-unknown = not stated
