# Search: the search box on every page and the search page (English).

search-label = Search the site
search-submit = Search
search-title = Search
search-help = Results appear as you type. Move through them with the arrow keys, open one with Enter and close the list with Escape.
search-page-help = Type a word or two in your own words, for example “load bus card”. Press the down arrow to move to the results.
search-results = Search results
search-all-results = All search results
search-no-script = Services A–Z
search-page-no-script = Search needs JavaScript in your browser. Without it you can find the services in alphabetical order:
search-failed = Search is not working right now. Please try again in a moment.
search-count-none = No results
search-count-one = 1 result
search-count-many = { $count } results
search-filter = Show
search-filter-all = All
search-filter-service = Services
search-filter-training = Training
search-filter-glossary = Glossary
search-filter-persona = Personas
search-filter-page = Pages
search-kind-service = Service
search-kind-training = Training module
search-kind-glossary = Glossary
search-kind-persona = Persona
search-kind-page = Page

# Search without dead ends: a corrected query, and help when nothing is found.
search-did-you-mean = Did you mean:
# A result of a search with few results that only a similar word (a typo correction) found.
search-similar = found with a similar word
search-none-tips = Try another word or a shorter search. You can also browse the services or ask us.
search-none-phone = Call:
search-none-chat = Ask in the chat:
