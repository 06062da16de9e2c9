"""The files Omroeper reads at run time (translations, starter reply templates, shipped key dates), installed with
the code as package data: read them with `importlib.resources.files("resources")`, never by a path from a source
file, so that an installed wheel finds them from any folder."""
