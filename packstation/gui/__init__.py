"""The Qt user interface: the only package that imports Qt widgets.

Everything here shows the state of the Qt-free services and feeds them the packer's events.
Work that touches a socket, a serial port, a database or a sleep goes through
:class:`packstation.gui.tasks.TaskRunner`, never on the GUI thread.
"""

from packstation.gui import compat

compat.pin_bools()
