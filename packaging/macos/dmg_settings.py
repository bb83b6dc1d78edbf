"""dmgbuild's settings for Carnet's disk image (packaging/installer_macos.py passes `defines`:
app, the bundle's path; icon, the volume's icon; version). dmgbuild runs this file with its
options as globals and reads back the names set here: the window shows Carnet.app on the left
and a link to /Applications on the right, to drag it onto."""

# ruff: noqa: F821
# (`defines` is a global that dmgbuild gives this file.)
import os.path

application = defines["app"]
name = os.path.basename(application)

format = "UDZO"  # zlib-compressed, read-only: opens on every macOS Carnet supports
filesystem = "HFS+"
files = [application]
symlinks = {"Applications": "/Applications"}
icon = defines["icon"]  # the mounted volume's icon

# The Finder window: 640×360 at (200, 120), icon view, no toolbars.
window_rect = ((200, 120), (640, 360))
default_view = "icon-view"
show_status_bar = False
show_toolbar = False
show_sidebar = False
show_pathbar = False
icon_size = 128
text_size = 14
icon_locations = {name: (160, 170), "Applications": (480, 170)}
hide_extensions = [name]  # "Carnet", as in Applications
