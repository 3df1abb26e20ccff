# The good-practice guide (guide/): everything it says around the respondents' answers, and
# the `intake guide` command and the workspace's Guide page.

guide-title = Good-practice guide
guide-subtitle = Citizens engaged as volunteers in policing and safety
guide-project = CECOPS
guide-organisation = EFUS – European Forum for Urban Security
guide-contents = Contents
guide-introduction = Introduction
guide-intro =
    This guide presents experiences of citizens engaged as volunteers in policing and safety, shared by cities and organisations in answer to the CECOPS call for experiences and selected with the project partners.
    Each chapter gives the context of one initiative, then the answers to the call’s questions, verbatim and in the language the respondent wrote them in.
guide-index-country = Index by country
guide-index-activity = Index by activity
guide-scores = Partners’ reviews: mean score per criterion
guide-criterion = Criterion
guide-mean = Mean score
guide-mean-out-of = { $mean } out of { $top }
guide-chapter = Chapter
guide-page = Page
guide-reference = Reference
guide-anonymous = published without naming the city
guide-untitled = Experience { $reference }
guide-no-country = Country not given
guide-unanswered = Not answered.
guide-not-applicable = Not applicable.
guide-masked = [contact details removed]
guide-answers-language = The answers below are given verbatim, in { $language }.
guide-language-en = English
guide-language-fr = French
guide-language-it = Italian
guide-language-lt = Lithuanian
guide-part-description = The initiative
guide-part-scope = Scope
guide-part-definition = Definition
guide-part-situational = Situational prevention
guide-part-evaluation = Evaluation
guide-part-transfer = Transferability
guide-part-sustainability = Sustainability
guide-part-ethics = Ethics and safeguards
guide-part-difficulties = Difficulties
guide-part-lessons = Lessons learned

guide-done = { $count ->
    [0] Guide written to { $path }, but it holds no experience: none with this triage status has the respondent’s agreement to publication. Mark experiences “Selected” in the workspace, or choose another status with --status.
    [one] Guide written to { $path }: one experience.
   *[other] Guide written to { $path }: { $count } experiences.
}
guide-left-out-refused = Left out: { $reference } “{ $title }” – the respondent did not agree to publication.
guide-left-out-unanswered = Left out: { $reference } “{ $title }” – the publication question was not answered.
guide-left-out-not-found = Left out: { $reference } – no submitted questionnaire with this reference and triage status.
guide-warning = Check { $reference }, “{ $question }”: the text still names { $words }.
guide-warning-masked = Check { $reference }, “{ $question }”: contact details were removed from the text: { $words }.
guide-error-extension = Cannot tell the format from “{ $value }”: the file name must end in .docx or .pdf.
guide-error-status = Unknown triage status “{ $value }”: use new, in_review, selected, not_selected, on_hold or all.
guide-error-order = Unknown order “{ $value }”: use country, activity or manual.
guide-error-lang = Unknown language “{ $value }”: use en, fr, it or lt.

ws-nav-guide = Guide
guide-page-title = Good-practice guide
guide-page-lead = The guide holds the submissions with the chosen triage status whose respondent agreed to publication; the others are listed below with the reason.
guide-page-make = Make the guide
guide-page-lang = Language of the guide
guide-page-status = Triage status
guide-page-status-all = Any status
guide-page-references = Only these references (optional, separated by spaces)
guide-page-show = Show what the guide will hold
guide-page-download-docx = Download DOCX (to edit)
guide-page-download-pdf = Download PDF
guide-page-order = Order of the chapters
guide-order-country = By country
guide-order-activity = By activity
guide-order-manual = By hand
guide-page-manual = Order by hand: one reference a line (those not listed follow, by country)
guide-page-save-order = Keep this order
guide-page-intro = Introduction in { $language }
guide-page-intro-hint = Leave empty to use the standard introduction.
guide-page-save-intro = Keep this introduction
guide-page-saved = Saved.
guide-page-chapters = { $count ->
    [one] One experience in the guide
   *[other] { $count } experiences in the guide
}
guide-page-left-out = Left out
guide-page-none-left-out = None: every chosen experience may be published.
guide-page-warnings = To check before publishing
guide-page-warnings-hint = These answers still name a city, organisation or contact person that should not appear. The guide prints them as written: correct them in the DOCX before sharing it (the PDF shows them unchanged). Contact details marked “removed from the guide” are already left out.
guide-page-no-warnings = No free text names a city, organisation or contact person it should not.
guide-page-column-reference = Reference
guide-page-column-title = Initiative
guide-page-column-reason = Why
guide-page-column-question = Question
guide-page-column-words = Words found
guide-page-masked = removed from the guide
guide-reason-refused = The respondent did not agree to publication.
guide-reason-unanswered = The publication question was not answered.
guide-reason-not-found = No submitted questionnaire with this reference and triage status.
guide-error-staff-only = The guide is for staff and administrators.
