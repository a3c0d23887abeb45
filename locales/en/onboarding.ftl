# Onboarding: progress, the reflection journal and the onboarding plan (English).

onboarding-progress-title = My progress
onboarding-progress-summary = See which training modules you have opened, where you have written reflections and which you have marked as done.
onboarding-journal-title = Reflection journal
onboarding-journal-summary = Every reflection question, module by module, with your answers. You can keep writing here, save your answers as a file or print them.
onboarding-plan-title = Onboarding plan
onboarding-plan-summary = The training modules in order: how long each takes, what to do before it and what to do after it.
onboarding-box-title = Onboarding

onboarding-no-script = Your browser is not running JavaScript, so your progress and answers are not saved. You can still read the questions and the plan, and print them.
onboarding-no-storage = This browser does not allow saving data, so your progress and answers cannot be kept. They are lost when you close the page.
onboarding-private = Your marks and answers are kept only in this browser on this device. Nothing is sent anywhere.

onboarding-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}
onboarding-about = about { $time }
onboarding-at-least = at least { $time }
onboarding-no-time = no time given
onboarding-module-count = { $count ->
    [one] The training has one module.
   *[other] The training has { $count } modules.
}
onboarding-total = Estimated time in total: { $time }.
onboarding-unknown = { $count ->
    [one] One module has no time given.
   *[other] { $count } modules have no time given.
}

onboarding-progress-caption = State of the training modules
onboarding-col-module = Module
onboarding-col-time = Estimated time
onboarding-col-state = State
onboarding-state-unknown = unknown

onboarding-export = Save answers as a file
onboarding-print = Print
onboarding-clear = Clear the journal

onboarding-before = Before the module
onboarding-before-read = Read the module's learning goals.
onboarding-after = After the module
onboarding-after-reflect = { $count ->
    [one] Answer the reflection question in your journal.
   *[other] Answer the { $count } reflection questions in your journal.
}
onboarding-mark-module-done = Module done: { $title }

onboarding-js-state-not-started = Not started
onboarding-js-state-opened = Opened
onboarding-js-state-reflection = Reflection written
onboarding-js-state-done = Done
onboarding-js-summary-left = %done% of %total% modules done, about %time% left.
onboarding-js-summary-left-partial = %done% of %total% modules done, at least %time% left (not every module has a time given).
onboarding-js-summary-unknown = %done% of %total% modules done. The modules left have no time given.
onboarding-js-summary-finished = All %total% modules done.
onboarding-js-time-hours-minutes = %h% h %m% min
onboarding-js-time-hours = %h% h
onboarding-js-time-minutes = %m% min
onboarding-js-announce-done = Module marked as done.
onboarding-js-announce-undone = Mark removed: the module is no longer done.
onboarding-js-announce-plan-done = Item marked as done.
onboarding-js-announce-plan-undone = Mark removed from the item.
onboarding-js-clear-confirm = Remove all your answers from this browser? This cannot be undone.
onboarding-js-announce-cleared = Answers removed.
onboarding-js-announce-exported = Answers saved as a file.
onboarding-js-export-title = Reflection journal
onboarding-js-export-no-answer = (no answer)
onboarding-js-export-file = reflection-journal
