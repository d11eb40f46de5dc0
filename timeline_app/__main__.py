from timeline_app.app import main

raise SystemExit(main())
