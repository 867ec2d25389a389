"""`ocop serve`: a read-only web page over the same backend contract as the CLI.

``app.py`` builds the Starlette application (routes and their JSON twins), ``params.py`` turns
request parameters into the query model, ``highlight.py`` marks query words and enrichment
spans in escaped text, ``charts.py`` draws inline SVG bar charts, ``auth.py`` guards a
non-local bind. Templates and the stylesheet ship in the package: nothing is loaded from the
internet and there is no JavaScript build step.
"""
