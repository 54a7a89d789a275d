"""The reader's Textual interface (the only code that imports textual).

Textual paints at most ``TEXTUAL_FPS`` frames a second (60 by default), so a key press
waits on average half a frame before its repaint; the reader asks for 120, which
halves that wait (frames are only painted when something changed). Set TEXTUAL_FPS
to override. This must run before textual is first imported.
"""

import os

os.environ.setdefault("TEXTUAL_FPS", "120")
