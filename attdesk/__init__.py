"""ATT Desk: offline reporting of arms-control assistance, needs and CIFTA answers.

Everything outside `attdesk.gui` works without Qt, so the command line and the tests reach
every data operation without a window.
"""

__version__ = "0.1.0"
