"""The work of Omroeper: the store, publishing, templates, handover. No Qt widgets; never imports ui/."""
