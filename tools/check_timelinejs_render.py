"""Check that TimelineJS itself renders our TimelineJS export (a manual check, not CI).

Needs Node's npm and Debian's chromium:

    npm install --prefix /tmp/tljs @knight-lab/timelinejs
    python tools/check_timelinejs_render.py [TIMELINE.json] --timelinejs /tmp/tljs

Reads TIMELINE.json (any file File → Open reads: a timeline of ours, a TimelineJS file, a
.timeline…; default: the bundled default timeline), exports it with our TimelineJS writer,
serves it with TimelineJS's own ``timeline.js``/``timeline.css`` on 127.0.0.1, loads the
page in headless Chromium and counts the slides TimelineJS rendered (``.tl-slide``: the
title slide plus one per event; eras are drawn on the navigator, not as slides) and the
markers on its time navigator (``.tl-timemarker``).  Prints the counts and exits 1 if
they do not match the export, 2 if the file cannot be read.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline_app.core.model import Timeline
from timeline_app.io.errors import FormatError
from timeline_app.io.formats import open_timeline_file
from timeline_app.io.timelinejs import dumps_timelinejs

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="timeline.css"><script src="timeline.js"></script></head>
<body><div id="tl" style="width:1200px;height:700px"></div><script>
fetch("export.json").then(r => r.json()).then(data => {
  window.tl = new TL.Timeline("tl", data, {});
  setTimeout(() => {
    const out = document.createElement("pre");
    out.id = "result";
    out.textContent = JSON.stringify({
      slides: document.querySelectorAll(".tl-slide").length,
      markers: document.querySelectorAll(".tl-timemarker").length,
      errors: document.querySelectorAll(".tl-message-full").length});
    document.body.appendChild(out);
  }, 3000);
});
</script></body></html>"""


def expected_slides(timeline: Timeline) -> int:
    """The slides TimelineJS draws for our export: the title slide and one per event; the
    events of the era lanes (``Timeline.is_era_lane``: "era" by default, or the lanes a
    timeline shows as eras, such as a TimelineJS file's eras read back) are written as
    TimelineJS eras, which are not slides (verify52 F9: a lane "Phases" shown as eras was
    counted as slides: "0 of them as eras … expected 17")."""
    return 1 + sum(1 for event in timeline if not timeline.is_era_lane(event.category))


def read_timeline(path: str) -> Timeline:
    """The timeline in ``path``, of any kind the app opens (raises ``FormatError``)."""
    return open_timeline_file(path).timeline


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("timeline", nargs="?",
                        default=str(ROOT / "resources" / "default-timeline.json"))
    parser.add_argument("--timelinejs", default="/tmp/tljs",
                        help="the npm prefix where @knight-lab/timelinejs is installed")
    parser.add_argument("--screenshot",
                        default=str(Path(tempfile.gettempdir()) / "timelinejs-render.png"))
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args()
    dist = Path(args.timelinejs) / "node_modules" / "@knight-lab" / "timelinejs" / "dist"
    try:
        timeline = read_timeline(args.timeline)
    except FormatError as error:
        print(f"Cannot read the timeline: {error}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder)
        shutil.copy(dist / "js" / "timeline.js", site / "timeline.js")
        shutil.copy(dist / "css" / "timeline.css", site / "timeline.css")
        (site / "export.json").write_text(dumps_timelinejs(timeline), encoding="utf-8")
        (site / "index.html").write_text(PAGE, encoding="utf-8")
        class Quiet(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *_args: object) -> None:  # TimelineJS asks for icon fonts
                pass

        handler = functools.partial(Quiet, directory=folder)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}/index.html"
        profile = site / "profile"
        command = [args.chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                   "--no-first-run", "--disable-background-networking",
                   "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}",
                   "--virtual-time-budget=8000", "--dump-dom", url]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        shot = Path(args.screenshot)
        subprocess.run([*command[:-2], "--window-size=1200,720", f"--screenshot={shot}", url],
                       capture_output=True, timeout=120, check=False)
        server.shutdown()
    match = re.search(r'<pre id="result">(.*?)</pre>', result.stdout)
    if not match:
        print("TimelineJS did not finish rendering; Chromium said:", result.stderr[-800:])
        return 1
    counts = json.loads(match.group(1))
    expected = expected_slides(timeline)
    eras = len(timeline) - expected + 1
    print(f"{len(timeline)} events exported ({eras} of them as eras); TimelineJS rendered "
          f"{counts['slides']} slides "
          f"(expected {expected}) and {counts['markers']} time markers; error messages: "
          f"{counts['errors']}; screenshot: {shot}")
    return 0 if counts["slides"] == expected and not counts["errors"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
