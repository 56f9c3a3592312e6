from c102desk.cli import main

raise SystemExit(main())
