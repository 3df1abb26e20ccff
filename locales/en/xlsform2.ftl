# `intake questionnaire check`: problems with forms made elsewhere (KoboToolbox, ODK).

xlsform2-version-long = The version “{ $value }” is too long (64 characters at most).
xlsform2-repeat = The repeat “{ $name }” cannot be asked in the chat yet: please ask its questions once, or as numbered questions.
xlsform2-unsupported-type = The type “{ $type }” cannot be asked in the chat. Supported: text, integer, decimal, date, geopoint, note, acknowledge, range, calculate, select_one, select_multiple (with or_other), file, image, begin_group, end_group.
xlsform2-media = The media file “{ $file }” cannot be shown in the chat: please remove it from the row, or describe it in the label.
xlsform2-no-calculation = The calculate “{ $name }” has no calculation.
xlsform2-range = The range parameters “{ $value }” are not supported: please write start=1 end=5 step=1 with whole numbers.
