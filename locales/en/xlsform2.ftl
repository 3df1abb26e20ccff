# `intake questionnaire check`: problems with forms made elsewhere (KoboToolbox, ODK).

xlsform2-version-long = The version “{ $value }” is too long (64 characters at most).
xlsform2-repeat = The repeat “{ $name }” holds another repeat or is never closed with end_repeat: the chat asks repeats one level deep.
xlsform2-unsupported-type = The type “{ $type }” cannot be asked in the chat. Supported: text, integer, decimal, date, geopoint, note, acknowledge, range, calculate, select_one, select_multiple (with or_other), file, image, begin_group, end_group, begin_repeat, end_repeat.
xlsform2-media = The sound or video “{ $file }” cannot be played in the chat: please remove it from the row, or describe it in the label.
xlsform2-no-calculation = The calculate “{ $name }” has no calculation.
xlsform2-range = The range parameters “{ $value }” are not supported: please write start=1 end=5 step=1 with whole numbers.
xlsform2-import-name = The name “{ $name }” works with QUESTIONNAIRE_FILE but cannot be written to the .ftl files: to import, use only letters without accents, digits, - and _.
xlsform2-media-missing = The image “{ $file }” is not beside the workbook: put the file in the same folder, or remove it from the row.
xlsform2-choice-filter = The question “{ $name }” filters its choices (choice_filter), which the chat cannot do: please split it into one question per case, with relevant.
