"""An event's digest: dated timeline, canonical entities and attributed quotes, each item citing stored sentences.

Every stage here takes the event's `Article`s (with their stored sentences) and returns model values whose
`citations` are `(article id, sentence index)` pairs, so any claim can be traced back to the words that made it.
"""
