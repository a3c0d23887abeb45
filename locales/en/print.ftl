# Print views: facilitator handouts, worksheets, the whole package.

print-handout-title = Facilitator's handout
print-worksheets-title = Participant worksheets
print-book-title = The whole customer-service training package
print-link-handout = Facilitator's handout (timed agenda, materials, questions)
print-link-worksheets = Worksheets for participants
print-link-book = The whole training package, ready to print
print-agenda = Timed agenda
print-clock = Time
print-step = Step
print-running-total = Elapsed, min
print-no-minutes = no time given
print-your-minutes = Your own estimate for step { $step }, in minutes
print-known-total = The steps that have a time take { $minutes } min in all.
print-untimed-steps = { $count ->
    [one] The source gives no time for one step: estimate it yourself.
   *[other] The source gives no time for { $count } steps: estimate them yourself.
}
print-materials = Materials (checklist)
print-no-materials = The plan names no materials.
print-back = Back to { $title }
print-start-time = Start time
print-hint = Choose the start time, then print with your browser's print command. Navigation is left out of the print.
print-built = built { $date }
print-name = Name
print-date = Date
print-sheet-questions = Questions of the theme tables
print-sheet-questions-help = Write your group's thoughts under each question. Add something new next to what earlier groups have already written.
print-sheet-grid = Channels and customers
print-sheet-grid-help = In each box, write what the customer expects of the channel, what the service is like at its best, and what they might ask.
print-sheet-story = Mini-story
print-sheet-story-help = Write a short story about an ordinary customer situation, or about a difficult one that you and the customer turned into a good one.
print-sheet-reflection = Questions to reflect on
print-sheet-reflection-help = Answer in your own words. You can come back to your answers with your work community.
print-story-title = Title of the story
print-story-channel = Channel
print-story-kind = Situation
print-story-situation = What did the customer need?
print-story-actions = What did the employee do?
print-no-worksheets = This module has no worksheets.
