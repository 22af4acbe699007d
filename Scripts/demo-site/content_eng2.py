"""ENG, second half: decision records, release notes, onboarding, meetings, security, robustness."""

from model import att, page
from storage import (adf_panel, att_link, cat, children, code, comment, emo, emoji, excerpt, excerpt_include,
                     expand, h, img, info, jira, jira_query, layout, local_uuid, noformat, note, ol, p,
                     page_link, panel, placeholder, ri_url_link, status, table, tasks, time, tip, toc, ul,
                     url_link, user, view_file, warning)
from users import ID

ALICE, BOB, CHEN, DANA, EUNJI, FARID, YUKI = (ID[n] for n in
                                              ("alice", "bob", "chen", "dana", "eunji", "farid", "yuki"))

# --------------------------------------------------------------------------------------------------
# Architecture decision records

_ADRS = [
    ("ADR-001: PostgreSQL for mission state", "2023-03-06", "alice", ("Accepted", "Green"),
     "Mission and robot state needs transactions across a handful of tables, and the team already runs "
     "Postgres for billing. The alternatives were CockroachDB (multi-region, but the team had no operating "
     "experience) and Redis with snapshots (fast, but no multi-key transactions we trusted).",
     "Use one Postgres 15 cluster per region with a synchronous standby. No cross-region writes.",
     ["Failover is a runbook we must practise: " + page_link("Postgres failover", "OPS") + ".",
      "Analytics reads go to a logical replica, never the primary.",
      "Multi-site missions across regions are out of scope until ADR-009 or later."]),
    ("ADR-002: gRPC between robots and the cloud", "2023-03-20", "chen", ("Accepted", "Green"),
     "Robots used a home-grown JSON-over-WebSocket protocol. Schema drift between firmware and cloud caused "
     "two incidents in 2022. We want typed messages, streaming in both directions and mutual TLS.",
     "Robots open one long-lived bidirectional gRPC stream to robot-gateway. Messages are protobuf, versioned "
     "by package name (<code>acme.robot.v2</code>).",
     ["Robot gateway needs HTTP/2-aware load balancing.",
      "Field engineers need <code>grpcurl</code> on their laptops.",
      "The WebSocket protocol is kept for WarehouseBot v1 until it is retired (see the ARCH space)."]),
    ("ADR-003: One monorepo for backend services", "2023-05-02", "alice", ("Accepted", "Green"),
     "Seven services in seven repositories meant seven CI setups and cross-repo changes that needed "
     "coordinated merges, such as every bus schema change.",
     "Move backend services, bus schemas and shared libraries into one repository with Bazel. Firmware stays "
     "separate because its toolchain and release cadence differ.",
     ["CI must only build what changed; we budget 10 minutes for a typical pull request.",
      "CODEOWNERS replaces per-repository permissions."]),
    ("ADR-004: Rust for the safety supervisor", "2023-07-11", "chen", ("Accepted", "Green"),
     "The safety supervisor decides when to cut motor power. A memory-safety bug there is a physical hazard, "
     "and the previous C implementation had two buffer overruns found by fuzzing.",
     "Rewrite the supervisor in Rust (no_std, no heap) on the RP2040. Both cores run the same logic and "
     "compare outputs every cycle.",
     ["Only two engineers know embedded Rust; we will train two more in 2023 H2.",
      "Certification evidence must be regenerated for the new code base."]),
    ("ADR-005: Replace RabbitMQ with NATS JetStream", "2024-02-14", "bob", ("Accepted", "Green"),
     "RabbitMQ queues backed up during the February 2024 incident and took 40 minutes to drain after the "
     "consumers recovered. We also wanted per-site subjects with wildcards and replay from a position.",
     "Move all bus traffic to NATS JetStream by FleetOS 4.0; subjects follow "
     "<em>domain.site.entity.event.version</em>.",
     ["Every consumer becomes idempotent because JetStream redelivers.",
      "Naming rules live on " + page_link("Message bus: topic naming", "ENG") + "."]),
    ("ADR-006: OpenTelemetry for tracing", "2024-04-09", "bob", ("Accepted", "Green"),
     "We ran Jaeger clients in Go and nothing in Rust. Traces stopped at the gateway, which is exactly where "
     "latency questions start.",
     "Instrument everything with OpenTelemetry SDKs and export over OTLP to a collector per cluster.",
     ["5&nbsp;% head sampling plus tail sampling of errors.",
      "The Jaeger UI stays as a viewer until the Grafana Tempo migration."]),
    ("ADR-007: Feature flags in config-service", "2024-06-03", "farid", ("Superseded", "Red"),
     "Product wanted per-customer feature switches without a deploy.",
     "Store flags as keys in config-service with a per-tenant override table.",
     ["<strong>Superseded by ADR-010</strong>: config-service is being sunset; flags move to the commercial "
      "flag service with audit logs."]),
    ("ADR-008: Map tiles in protobuf, not GeoJSON", "2024-09-17", "eunji", ("Accepted", "Green"),
     "Site maps grew to 40&nbsp;MB of GeoJSON for the largest site. Robots downloaded the whole file after "
     "every edit, over warehouse Wi-Fi.",
     "Split maps into 16&nbsp;m tiles encoded as protobuf; robots fetch only tiles whose version changed.",
     ["Map editor needs a tile-aware save path.",
      "The tile migration caused " + page_link("PM-2025-03: Map corruption after tile migration", "OPS") + "."]),
    ("ADR-009: Multi-site missions (proposed)", "2025-04-22", "alice", ("Proposed", "Yellow"),
     "Two customers move pallets between neighbouring buildings that we model as separate sites. Today their "
     "WMS has to split every inter-site move into two missions and stitch them together.",
     "Allow a mission to span two sites of the same region. The scheduler of the source site owns the mission "
     "until hand-over at a named transfer point.",
     ["Needs a hand-over protocol between two scheduler leaders.",
      "Billing must count robot-hours per site, not per mission.",
      "Open question: what happens when the destination site is paused?"]),
]


def adr_body(title, date, status_pair, context, decision, consequences, author):
    return cat(
        table(None, [["Status", status(*status_pair)], ["Date", time(date)],
                     ["Deciders", user(ID[author]) + ", " + user(ALICE if author != "alice" else BOB)]],
              header_col=True),
        h(2, "Context"), p(context),
        h(2, "Decision"), panel(p(decision), bg="#DEEBFF"),
        h(2, "Consequences"), ul(*consequences),
    )


def adr_index():
    rows = [[page_link(t, "ENG", t.split(":")[0]), t.split(": ", 1)[1], status(*s), time(d)]
            for t, d, _, s, _, _, _ in _ADRS]
    return cat(
        excerpt(p("Short records of the architectural decisions we made, why, and what they cost us.")),
        p("An ADR is one page: context, decision, consequences. Copy the structure of an existing one. "
          "Never edit an accepted ADR's decision; write a new ADR that supersedes it."),
        table(["ADR", "Title", "Status", "Date"], rows),
        info(p("Template fields: " + placeholder("Context: what forces are at play?") + " "
               + placeholder("Decision: what we will do, in one paragraph."))),
    )


def adr_pages():
    return [page(t, adr_body(t, d, s, c, dec, cons, by), labels=["adr", "design-doc"], by=by, created=d)
            for t, d, by, s, c, dec, cons in _ADRS]


# --------------------------------------------------------------------------------------------------
# Release notes

def _release(version, date, summary, features, fixes, keys, upgrade=None, big=False):
    parts = [
        excerpt(p(summary)),
        p("Released " + time(date) + " " + status("Released", "Green") + " &middot; build "
          "<code>%s</code>" % version.replace(" ", "-").lower()),
        h(2, "New " + emo("star_yellow")),
        ul(*features),
        h(2, "Fixed"),
        ul(*fixes),
        h(2, "Tickets"),
        p(" ".join(jira(k) for k in keys)),
    ]
    if upgrade:
        parts += [h(2, "Upgrade notes"), upgrade]
    return cat(*parts)


def release_pages():
    r38 = _release(
        "FleetOS 3.8", "2023-08-29", "Charging stations report health; faster mission import.",
        ["Charging stations report connector temperature and cycle counts.",
         "Mission import accepts CSV with a header row in any column order."],
        ["Robots no longer lose their map after a gateway restart (" + jira("PLAT-1422") + ")."],
        ["PLAT-1401", "PLAT-1422", "FW-388"])
    r39 = _release(
        "FleetOS 3.9", "2023-11-14", "Aisle-aware tie-breaking and the first NATS consumers.",
        ["Scheduler tie-breaking considers aisle load, see " + page_link("Scheduler tie-breaking rules", "ENG") + ".",
         "Telemetry ingest reads from NATS JetStream in parallel with RabbitMQ."],
        ["Pause requests during a lift cycle are queued instead of rejected.",
         "Dashboard time zones follow the site, not the browser."],
        ["PLAT-1530", "PLAT-1551", "PLAT-1560"])
    big_features = []
    areas = [
        ("Scheduler", ["Hungarian assignment for up to 400 pairs per tick",
                       "Battery penalty curve configurable per site",
                       "Congestion estimate from live positions instead of a static table",
                       "Replay tool: <code>schedctl replay --snapshot FILE</code>"]),
        ("API", ["REST API v3 with cursors everywhere, see " + page_link("FleetOS REST API v3 reference", "ENG"),
                 "Idempotency keys on mission creation", "Problem-details errors (RFC&nbsp;9457)",
                 "Webhook signatures with timestamps"]),
        ("Robots", ["gRPC stream keep-alive tuned for warehouse Wi-Fi roaming",
                    "Firmware 7.4 with signed OTA images", "Safety supervisor 2.0 in Rust"]),
        ("Operations", ["NATS JetStream replaces RabbitMQ", "OpenTelemetry traces end to end",
                        "New alert catalogue, see " + page_link("Alert catalogue", "OPS")]),
    ]
    for area, items in areas:
        big_features.append((cat("<strong>", area, "</strong>"), ul(*items)))
    upgrade40 = cat(
        warning(p("4.0 removes the v2 API. Customers still calling v2 must migrate first; the usage report lists "
                  "them.")),
        ol("Upgrade robot firmware to 7.4 or later.",
           ("Deploy fleet-control 4.0 with <code>scheduler.enabled=false</code>,",
            ul("check the readiness probe on every replica,", "then enable the scheduler on one site.")),
           "Switch the bus consumers to NATS with <code>bus.url</code>.",
           "Remove the RabbitMQ credentials from the secret store."),
        code('''
            # verify every replica reports 4.0 and the NATS stream is healthy
            kubectl -n fleet get pods -l app=fleet-control \\
              -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[0].image
            nats stream info FLEET --json | jq '{messages: .state.messages, consumers: .state.consumer_count}'
            ''', lang="bash", title="Post-upgrade checks"),
        expand("Selected merged pull requests", cat(*[
            p("<code>#%d</code> %s" % (4100 + i, text)) for i, text in enumerate([
                "scheduler: hungarian solver behind a flag", "scheduler: remove static congestion table",
                "api: cursor encoding v2", "api: problem details", "api: idempotency store in Postgres",
                "gateway: keep-alive 10s &rarr; 4s", "gateway: reject streams without client cert",
                "bus: nats publisher with back-pressure", "bus: schema registry check in CI",
                "telemetry: batch size 512", "otel: propagate trace context over NATS headers",
                "dashboards: per-site time zones", "billing: robot-hours by site",
                "docs: v3 reference generated from OpenAPI", "ci: bazel remote cache",
            ])])),
    )
    r40 = _release(
        "FleetOS 4.0", "2024-03-26",
        "The biggest release since launch: REST API v3, NATS, a new scheduler core and firmware 7.4.",
        big_features,
        ["Mission import no longer stalls on files with Windows line endings.",
         "Robots that rebooted during a lift cycle now report the load correctly.",
         "The dashboard no longer double-counts missions cancelled and re-queued in the same minute."],
        ["PLAT-1700", "PLAT-1711", "PLAT-1732", "PLAT-1760", "FW-420", "FW-431", "OPS-210"],
        upgrade=upgrade40)
    r41 = _release(
        "FleetOS 4.1", "2024-06-04", "Stricter configuration and pause with automatic resume.",
        ["Pause accepts <code>resumeAfterSeconds</code>.", "Unknown configuration keys stop start-up."],
        ["Cursor expiry returned 500 instead of 410.", "Webhook retries ignored <code>Retry-After</code>."],
        ["PLAT-1820", "PLAT-1833"],
        upgrade=note(p("Run <code>fleetctl config check</code> before upgrading: 4.1 refuses unknown keys.")))
    r42 = _release(
        "FleetOS 4.2", "2024-09-10", "Time-based speed zones and charger firmware safety checks.",
        ["Zones can have a weekly schedule (behind <code>features.zone_schedules</code>).",
         "Charger firmware rollouts stop automatically when 2&nbsp;% of docks fail to report."],
        ["Charger firmware rollout could brick docks (" + page_link(
            "PM-2024-06: Charger firmware bricked 40 docks", "OPS", "postmortem") + ")."],
        ["PLAT-1901", "FW-502", "FW-503"])
    r43 = _release(
        "FleetOS 4.3", "2024-12-03", "Map tiles and faster robot start-up.",
        ["Robots download protobuf map tiles (" + page_link("ADR-008: Map tiles in protobuf, not GeoJSON",
                                                               "ENG", "ADR-008") + ").",
         "Robot start-up from power-on to ready in 38&nbsp;s instead of 71&nbsp;s."],
        ["Tile cache could serve a stale tile after a map rollback (fixed in 4.3.2)."],
        ["MAP-88", "MAP-91", "PLAT-2004"])
    r50 = cat(
        adf_panel("warning", p("<strong>Beta.</strong> 5.0 is running at two pilot sites only. Do not promise "
                               "dates to customers."), "r50"),
        _release(
            "FleetOS 5.0 beta", "2025-06-17", "Multi-site missions and the new fleet dashboard, in beta.",
            ["Missions spanning two sites (" + page_link("ADR-009: Multi-site missions (proposed)", "ENG",
                                                        "ADR-009") + ").",
             "Fleet dashboard v2, see " + page_link("PRD: Fleet Dashboard v2", "PROD") + "."],
            ["Scheduler leader hand-over took up to 9&nbsp;s; now under 2&nbsp;s."],
            ["PLAT-2301", "PLAT-2307", "DASH-12"]),
        tasks((True, "Pilot at Rotterdam"), (True, "Pilot at Osaka"), (False, "Go/no-go for GA on "
                                                                       + time("2025-11-18"))),
    )
    return [
        page("FleetOS 3.x (2023)", cat(p("FleetOS 3 was the first release line for PM-1 robots. Only the last two 3.x "
                                         "releases are documented here; older notes are in the release tracker."), children()), labels=["release-notes"], by="bob", created="2023-08-29", kids=[
            page("FleetOS 3.8 release notes", r38, labels=["release-notes"], by="bob", created="2023-08-29"),
            page("FleetOS 3.9 release notes", r39, labels=["release-notes"], by="bob", created="2023-11-14"),
        ]),
        page("FleetOS 4.x (2024)", cat(p("The 4.x line brought REST API v3, NATS JetStream and signed firmware. It is "
                                         "supported until the end of 2025."), children()), labels=["release-notes"], by="bob", created="2024-03-26", kids=[
            page("FleetOS 4.0 release notes", r40, labels=["release-notes", "upgrade"], by="alice",
                 created="2024-03-26", attachments=[att("fleetos-4.0-upgrade-guide.pdf", 412877)]),
            page("FleetOS 4.1 release notes", r41, labels=["release-notes"], by="bob", created="2024-06-04"),
            page("FleetOS 4.2 release notes", r42, labels=["release-notes"], by="bob", created="2024-09-10"),
            page("FleetOS 4.3 release notes", r43, labels=["release-notes"], by="alice", created="2024-12-03"),
        ]),
        page("FleetOS 5.x (2025)", cat(p("FleetOS 5 adds multi-site missions and the new fleet dashboard; it runs at two "
                                         "pilot sites."), children()), labels=["release-notes"], by="alice", created="2025-06-17", kids=[
            page("🚀 FleetOS 5.0 beta release notes", r50, labels=["release-notes", "beta"], by="alice",
                 created="2025-06-17"),
        ]),
    ]


# --------------------------------------------------------------------------------------------------
# Onboarding

def onboarding_pages():
    first_week = cat(
        p("Welcome! This checklist is yours; tick things off as you go. Your onboarding buddy is listed in "
          "your welcome e-mail."),
        h(2, "Day 1"),
        tasks((False, "Collect your laptop and YubiKey from IT (ask " + user(FARID) + " if the key is missing)"),
              (False, "Join <code>#eng</code>, <code>#eng-newcomers</code> and your team channel"),
              (False, "Read " + page_link("Engineering Home", "ENG", "the space home") + " and "
                      + page_link("Glossary", "ENG", "the glossary"))),
        h(2, "Days 2&ndash;3"),
        tasks((False, "Set up your machine: " + page_link("Development environment", "ENG")),
              (False, "Take the " + page_link("Codebase tour", "ENG") + " with your buddy"),
              (False, "Shadow one on-call handover (ask " + user(BOB) + ")")),
        h(2, "Days 4&ndash;5"),
        tasks((False, "Ship a small change to production, even a typo fix"),
              (False, "Visit the Rotterdam test lane, wearing safety shoes " + emo("warning"))),
        tip(p("Nobody expects you to understand the scheduler in week one. Ask questions early and often.")),
    )
    dev_env = cat(
        p("You need the monorepo, Bazel, Go, Rust, the robot simulator and access to the staging cluster."),
        table(["Tool", "Version", "Install"], [
            ["Bazelisk", "latest", "package manager"], ["Go", "1.22", "via Bazel, no global install needed"],
            ["Rust", "1.78", "<code>rustup</code>"], ["Simulator", "sim-2024.2", "<code>tools/sim/install.sh</code>"],
        ]),
        children(),
    )
    macos = cat(
        code('''
            brew install bazelisk rustup-init grpcurl jq
            rustup-init -y --default-toolchain 1.78.0
            git clone git@git.acme-robotics.example:platform/monorepo.git
            cd monorepo
            bazel build //services/...
            ''', lang="bash", title="macOS (Apple silicon)"),
        note(p("The simulator needs Rosetta for one legacy physics library: <code>softwareupdate "
               "--install-rosetta</code>.")),
    )
    linux = cat(
        code('''
            sudo apt-get install -y build-essential libudev-dev jq
            curl -fsSL https://github.com/bazelbuild/bazelisk/releases/latest/download/bazelisk-linux-amd64 \\
              -o ~/.local/bin/bazel && chmod +x ~/.local/bin/bazel
            curl --proto '=https' -sSf https://sh.rustup.rs | sh -s -- -y --default-toolchain 1.78.0
            git clone git@git.acme-robotics.example:platform/monorepo.git && cd monorepo
            bazel build //services/... //tools/sim:all
            ''', lang="bash", title="Ubuntu 24.04"),
        p("Then run <code>tools/sim/run.sh --site rtm1 --robots 12</code> and open "
          + url_link("http://localhost:7070", "the simulator UI") + "."),
    )
    wayland = cat(
        p("On Wayland sessions the simulator opens a black window. It uses an old GLFW that assumes X11."),
        ol("Check the session type: <code>echo $XDG_SESSION_TYPE</code>.",
           "If it prints <code>wayland</code>, start the simulator with <code>SDL_VIDEODRIVER=x11</code> "
           "and <code>GDK_BACKEND=x11</code>.",
           "If the window is still black, your GPU driver lacks GL 4.3; use <code>--software-render</code>."),
        noformat('''
            [sim] GLFW error 65544: Wayland: The platform does not support setting the window position
            [sim] falling back to offscreen renderer
            [sim] renderer: llvmpipe (LLVM 17.0.6, 256 bits), GL 4.5
            '''),
        p("Reported by " + user(EUNJI) + " in " + jira("TOOLS-77") + "."),
    )
    tour = cat(
        noformat('''
            monorepo/
              services/          fleet-control, scheduler, gateway, telemetry-ingest, map-service
              libs/              shared Go and Rust libraries
              bus-schemas/       protobuf schemas of every NATS subject
              tools/sim/         the robot simulator
              deploy/            Kubernetes manifests and Helm charts
            '''),
        p("Start reading at <code>services/fleet-control/cmd/main.go</code>, then follow the scheduler tick."),
    )
    review = cat(
        ol("Small pull requests: under 400 changed lines unless it is generated code.",
           ("A description that answers three questions:",
            ul("what changes for users or operators?", "how was it tested?", "how do we roll it back?")),
           "Reviewers answer within one working day, even if only to say when they will look."),
        panel(p("Be kind, be specific, and say whether a comment blocks the merge."),
              title="The one rule", bg="#FFFAE6", border="#FFC400"),
    )
    glossary = cat(
        table(["Term", "Meaning"], [
            ["Mission", "A customer request: one or more moves that belong together."],
            ["Task", "One move of one robot, created by splitting a mission."],
            ["Tick", "One round of the scheduler (250&nbsp;ms)."],
            ["Site", "One warehouse. Codes like <code>rtm1</code> (Rotterdam), <code>osk1</code> (Osaka)."],
            ["Stale robot", "No telemetry for 20&nbsp;s. Offline after 90&nbsp;s."],
            ["PM-1, PM-2", "Pallet Mover robot models."],
            ["WB1", "WarehouseBot v1, the retired first-generation robot."],
        ]),
        p("Korean, Japanese and Chinese translations: " + page_link("용어집 · 用語集 · 术语表", "APAC") + "."),
    )
    return page("Onboarding", cat(excerpt(p("Everything a new engineer needs in the first month.")), children()),
                labels=["onboarding"], by="bob", created="2023-04-03", kids=[
        page("Your first week", first_week, labels=["onboarding", "checklist"], by="bob"),
        page("Development environment", dev_env, labels=["onboarding", "how-to"], by="alice", kids=[
            page("macOS setup", macos, labels=["onboarding", "how-to"]),
            page("Linux setup", linux, labels=["onboarding", "how-to"], kids=[
                page("Troubleshooting the simulator on Wayland", wayland, labels=["how-to", "simulator"],
                     by="eunji"),
            ]),
        ]),
        page("Codebase tour", tour, labels=["onboarding"], by="alice"),
        page("Code review guidelines", review, labels=["onboarding", "process"], by="alice"),
        page("Glossary", glossary, labels=["onboarding", "reference"], by="dana"),
    ])


# --------------------------------------------------------------------------------------------------
# Meeting notes

_SYNCS = [
    ("2024-09-03", ["alice", "bob", "chen"],
     ["4.2 rollout status", "NATS consumer lag alerts are noisy", "Hiring: second SRE"],
     ["4.2 goes to all sites on Thursday if Osaka stays quiet.",
      "Raise the consumer-lag alert threshold from 1k to 5k messages for telemetry only."],
     [(True, "bob", "Change the telemetry lag alert"), (False, "alice", "Write the 4.2 customer note with Dana")]),
    ("2024-09-17", ["alice", "bob", "eunji", "farid"],
     ["Map tile design review", "Pen-test findings", "On-call load"],
     ["Tiles are 16&nbsp;m; 32&nbsp;m tiles were too coarse for the Osaka mezzanine.",
      "Two medium pen-test findings get fixed in 4.3, the low one is accepted."],
     [(True, "eunji", "Finish ADR-008"), (True, "farid", "File tickets for the pen-test findings"),
      (False, "bob", "Count pages per on-call week for the last quarter")]),
    ("2024-10-01", ["alice", "chen", "dana"],
     ["Charger postmortem follow-ups", "4.3 scope", "Customer request: pause all robots in a zone"],
     ["Zone pause is a 4.3 stretch goal; Dana to confirm with the customer that 5.0 is acceptable.",
      "Charger rollout gate ships in 4.2.1, not 4.3."],
     [(True, "chen", "Charger rollout gate"), (False, "dana", "Ask Nordic Grocers about zone pause timing")]),
    ("2024-10-15", ["alice", "bob", "chen", "eunji"],
     ["Robot start-up time", "Bazel remote cache costs", "Team offsite"],
     ["Start-up work: parallel map tile fetch and lazy camera init; target under 40&nbsp;s.",
      "Remote cache stays; we cap it at 2&nbsp;TB with LRU eviction."],
     [(True, "chen", "Lazy camera initialisation"), (True, "bob", "Cache eviction policy")]),
    ("2025-01-14", ["alice", "bob", "dana", "farid"],
     ["2025 planning", "Certificate expiry postmortem actions", "Config-service sunset"],
     ["Q1 theme: operability. Q2 theme: multi-site missions.",
      "Certificates get a 30-day expiry alert and automated renewal everywhere."],
     [(True, "farid", "Inventory every certificate"), (False, "alice", "Draft ADR-009"),
      (False, "dana", "Customer interviews about multi-site flows")]),
    ("2025-03-11", ["alice", "bob", "chen", "eunji", "yuki"],
     ["Map corruption incident", "Osaka site expansion", "5.0 beta criteria"],
     ["Tile writes become copy-on-write with checksums before 5.0.",
      "Osaka adds 20 PM-2 robots in May; Yuki owns the site readiness checklist."],
     [(True, "eunji", "Checksum every tile"), (False, "yuki", "Osaka readiness checklist"),
      (False, "bob", "Game day: restore a map from backup")]),
]


def _sync_body(date, who, agenda, decisions, actions, index):
    by_name = {n: ID[n] for n in ID}
    return cat(
        h(2, "Date"), p(time(date)),
        h(2, "Attendees"), ul(*[user(by_name[n]) for n in who]),
        h(2, "Agenda"), ol(*agenda),
        h(2, "Decisions"), ul(*[emo("tick") + " " + d for d in decisions]),
        h(2, "Action items"),
        tasks(*[(done, user(by_name[n]) + " " + text + " by " + time(date[:8] + "%02d" % min(28, int(date[8:]) + 7)))
                for done, n, text in actions]),
        p("Notes taken by " + user(by_name[who[index % len(who)]]) + "."),
    )


def meeting_pages():
    syncs = [page("%s Platform weekly sync" % d, _sync_body(d, w, a, dec, act, i),
                  labels=["meeting-notes", "platform"], by=w[i % len(w)], created=d)
             for i, (d, w, a, dec, act) in enumerate(_SYNCS)]
    arb_nats = cat(
        p("Architecture review board, " + time("2024-01-25") + ". Proposal by " + user(BOB) + "."),
        layout(("two_equal", [
            cat(h(3, "For NATS"), ul("replay from a stream position", "subject wildcards per site",
                                     "one binary, simple to run")),
            cat(h(3, "Against"), ul("no team experience", "JetStream redelivery means idempotent consumers",
                                    "migration effort across seven services")),
        ])),
        h(2, "Outcome"),
        p(status("Approved", "Green") + " with conditions: a 30-day dual-publish period and a rollback plan. "
          "Recorded as " + page_link("ADR-005: Replace RabbitMQ with NATS JetStream", "ENG") + "."),
        p("The board " + comment("arb-nats", "asked for a load test at three times peak traffic")
          + " before the first site moves."),
    )
    arb_multi = cat(
        p("Architecture review board, " + time("2025-05-06") + "."),
        h(2, "Questions raised"),
        ol(("Hand-over between scheduler leaders:",
            ol("What if the destination leader changes during hand-over?",
               ("Is the transfer point a location or a robot state?",
                ul("a location is simpler for the WMS,", "a state survives a blocked transfer point.")))),
           "Billing per site or per mission?",
           "Can a human cancel half a mission?"),
        h(2, "Outcome"),
        p(status("Needs work", "Yellow") + " &mdash; come back with the hand-over state machine written down."),
        code('''
            stateDiagram-v2
                [*] --> SourceOwned
                SourceOwned --> HandoverRequested: robot reaches transfer point
                HandoverRequested --> DestinationOwned: destination leader acks
                HandoverRequested --> SourceOwned: timeout 10s
                DestinationOwned --> [*]
            ''', lang="text", title="First sketch (mermaid)"),
    )
    return page("Meeting notes", cat(p("Notes of recurring engineering meetings. Newest first in each series."),
                                     children(depth=2, sort="creation")),
                labels=["meeting-notes"], by="alice", created="2023-06-01", kids=[
        page("Platform weekly sync", cat(p("Tuesdays 15:00 CET, 30 minutes, rotating note taker. Action items go to Jira "
                                                 "within a day."), children(sort="title")), labels=["meeting-notes"], by="alice",
             created="2024-09-03", kids=syncs),
        page("Architecture review board", cat(
            p("The ARB meets every other Thursday. Submit proposals at least a week ahead."),
            children()), labels=["meeting-notes", "architecture"], by="alice", created="2024-01-25", kids=[
            page("2024-01-25 ARB: NATS migration", arb_nats, labels=["meeting-notes", "architecture"],
                 by="bob", created="2024-01-25"),
            page("2025-05-06 ARB: multi-site missions", arb_multi, labels=["meeting-notes", "architecture"],
                 by="alice", created="2025-05-06"),
        ]),
    ])


# --------------------------------------------------------------------------------------------------
# Security

def security_pages():
    secrets = cat(
        p("Secrets live in Vault. Services read them at start-up through the Vault agent sidecar; nothing "
          "secret is ever in a Git repository, a container image or a Confluence page."),
        h(2, "Rules"),
        ol("Every secret has an owner team and a rotation period.",
           "Humans get short-lived credentials through SSO; there are no shared passwords.",
           "CI has read access only to the paths of the service it builds."),
        code('''
            path "secret/data/fleet/fleet-control/*" {
              capabilities = ["read"]
            }
            path "secret/data/fleet/shared/nats" {
              capabilities = ["read"]
            }
            ''', lang="text", title="vault/policies/fleet-control.hcl"),
        warning(p("Pasted a secret into Slack or a page by mistake? Rotate it first, then tell "
                  + user(FARID) + ". Deleting the message is not enough.")),
    )
    threat = cat(
        toc(max_level=2),
        h(2, "Scope"),
        p("The link between a robot and robot-gateway: gRPC over mutual TLS across customer Wi-Fi and the "
          "public internet."),
        h(2, "Threats"),
        table(["#", "Threat", "Impact", "Mitigation", "Residual risk"], [
            ["T1", "Stolen robot certificate", "Attacker impersonates a robot",
             "Keys in the TPM, not exportable; revocation list checked per stream", status("Low", "Green")],
            ["T2", "Downgrade to plain gRPC", ("Eavesdropping on tasks and maps", {"rowspan": "2"}),
             "Gateway rejects non-TLS connections", status("Low", "Green")],
            ["T3", "TLS-intercepting customer proxy", "Pinning of the gateway CA", status("Medium", "Yellow")],
            ["T4", "Replay of a pause command", "Robot paused at the wrong time",
             "Commands carry a sequence number and expiry", status("Low", "Green")],
            ["T5", "Denial of service on Wi-Fi", ("Robots park safely; no safety impact, availability only",
                                                  {"colspan": "2"}), status("Accepted", "Grey")],
        ]),
        h(2, "Review history"),
        ul("2023-04 first version (" + user(FARID) + ")", "2024-09 pen-test results incorporated",
           "2025-02 certificate automation added"),
    )
    disclosure = cat(
        p("External researchers report vulnerabilities to <code>security@acme-robotics.example</code>. "
          "Our public policy is at " + ri_url_link("https://acme-robotics.example/security", "acme-robotics.example/security")
          + "."),
        ol("Acknowledge within 2 working days.", "Triage with CVSS within 5 working days.",
           "Fix critical issues within 30 days, high within 60.", "Credit the reporter if they wish."),
        adf_panel("info", p("We do not run a paid bug bounty. We do send a very nice robot T-shirt. "
                            + emoji(":shirt:", "👕", "1f455")), "disclosure"),
    )
    return page("Security", cat(p("Security practices for engineers. Owner: " + user(FARID) + "."), children()),
                labels=["security"], by="farid", created="2023-04-10", kids=[
        page("Secrets management", secrets, labels=["security", "how-to"], by="farid"),
        page("Threat model: robot-to-cloud link", threat, labels=["security", "design-doc", "threat-model"],
             by="farid", attachments=[att("robot-link-dfd.png", 73210, "data flow diagram")]),
        page("Vulnerability disclosure process", disclosure, labels=["security", "process"], by="farid"),
    ])


# --------------------------------------------------------------------------------------------------
# Robustness samples: deliberately awkward pages for parser and renderer tests.

def robustness_pages():
    parent = cat(
        warning(p("The pages below are <strong>deliberately malformed or awkward</strong>. They exist so the "
                  "emulator, the client and the renderer can be tested against hostile input. Do not "
                  "&ldquo;fix&rdquo; them.")),
        ul("an ANSI escape sequence in a title,", "a CDATA section that contains <code>]]&gt;</code>,",
           "raw control characters in body text,", "links to pages and users that do not exist,",
           "an empty body, and very deep nesting."),
        children(),
    )
    esc_title = cat(
        p("The title of this page contains the bytes ESC [ 31 m and ESC [ 0 m. A terminal UI that prints "
          "titles without sanitising them would turn the rest of the screen red."),
        p("Renderers should show the escape as a visible placeholder or drop it."),
    )
    split_cdata = (
        "<p>The code block below contains the character sequence that ends a CDATA section. Storage format "
        "cannot hold it in one section, so Confluence splits it into two sections.</p>"
        '<ac:structured-macro ac:name="code" ac:schema-version="1" ac:macro-id="%s">'
        '<ac:parameter ac:name="language">js</ac:parameter>'
        '<ac:parameter ac:name="title">nested-arrays.js</ac:parameter>'
        "<ac:plain-text-body><![CDATA[const grid = [[1, 2], [3, [4, 5]]];\n"
        "// the next line ends with three closing brackets and a greater-than sign\n"
        "const deep = grid[1][1][0]]]]><![CDATA[> 3 ? 'big' : 'small';\n"
        "console.log(deep);]]></ac:plain-text-body></ac:structured-macro>"
        "<p>The expected text is <code>grid[1][1][0]]&gt; 3</code> with nothing lost at the seam.</p>"
        % local_uuid("split-cdata"))
    control_chars = (
        "<p>This paragraph contains a raw BEL character here: [\x07] and a raw ESC here: [\x1b[1m] "
        "followed by a raw vertical tab [\x0b] and a form feed [\x0c].</p>"
        "<p>Unicode line separator [\u2028] and paragraph separator [\u2029], a zero-width joiner in "
        "👩\u200d💻, a right-to-left mark [\u200f] and a byte-order mark [\ufeff].</p>"
        "<p>A renderer should neither crash nor let these move the terminal cursor.</p>")
    dangling = cat(
        p("Link to a page that does not exist: " + page_link("This page was never written", "ENG") + "."),
        p("Link to a space that does not exist: " + page_link("Home", "NOPE", "a missing space") + "."),
        p("Link to an unknown user: " + user("000000000000000000000000") + "."),
        p("An attachment that is not attached: " + att_link("missing-file.pdf") + "."),
        p("An unknown macro with a body:"),
        '<ac:structured-macro ac:name="acme-fancy-widget" ac:schema-version="1"><ac:parameter ac:name="mode">'
        'sparkle</ac:parameter><ac:rich-text-body><p>Unknown macros should show their body text.</p>'
        '</ac:rich-text-body></ac:structured-macro>',
        p("An unknown element: <acme:thing foo=\"bar\">inner text</acme:thing> and an entity that HTML knows "
          "but XML does not: caf&eacute; &hellip; &rarr; &#x1F916;"),
    )
    nested = "<p>Lists nested twelve levels deep:</p>" + \
        "".join("<ul><li>level %d" % (i + 1) for i in range(12)) + "</li></ul>" * 12 + \
        "<table><tbody><tr><td><table><tbody><tr><td><table><tbody><tr><td>a table in a table in a table" \
        "</td></tr></tbody></table></td></tr></tbody></table></td></tr></tbody></table>"
    unclosed = ("<p>This body is not well-formed: the paragraph <strong>never closes its bold"
                "<p>and a second paragraph starts &amp; an ampersand & stands alone <br> with an HTML-style "
                "line break.</p><ac:structured-macro ac:name=\"info\"><ac:rich-text-body><p>macro left open")
    return page("Robustness samples", parent, labels=["robustness", "testing"], by="alice",
                created="2025-05-20", kids=[
        page("Colour codes \u001b[31mred\u001b[0m in a title", esc_title, labels=["robustness"], version=1),
        page("CDATA containing ]]> split in two sections", split_cdata, labels=["robustness"]),
        page("Raw control characters in body text", control_chars, labels=["robustness"]),
        page("Dangling links and unknown macros", dangling, labels=["robustness"]),
        page("Empty page", "", labels=["robustness"], version=1),
        page("Deep nesting (12 levels)", nested, labels=["robustness"]),
        page("Malformed markup", unclosed, labels=["robustness"]),
        page("A very long title that keeps going well past the width of any reasonable terminal pane, "
             "to check truncation, ellipsis and wrapping in narrow layouts — 終わり", p("Short body."),
             labels=["robustness"]),
    ])


def areas():
    """Top-level areas of ENG below the homepage (after Platform, Firmware and Perception)."""
    adrs = page("Architecture Decision Records", adr_index(), labels=["adr"], by="alice", created="2023-03-06",
                kids=adr_pages())
    releases = page("Release Notes", cat(
        excerpt(p("Engineering release notes for every FleetOS version. Customer-facing notes are in the "
                  "Product space.")),
        children(depth=2),
        excerpt_include("FleetOS 4.0 release notes", "ENG")), labels=["release-notes"], by="bob",
        created="2023-08-29", kids=release_pages())
    return [adrs, releases, onboarding_pages(), meeting_pages(), security_pages(), robustness_pages()]


def orphans():
    """Other root pages of ENG (a draft, and a page created outside the home tree)."""
    draft = page("Draft: scheduler v3 ideas", cat(
        p("Unpublished draft. Thoughts on replacing the tick loop with an event-driven scheduler."),
        ul("react to robot-idle events instead of polling", "keep the tick as a safety net every 2&nbsp;s")),
        labels=["design-doc"], by="alice", created="2025-08-02", status="draft", version=1)
    scratch = page("Team photo wall 📸", cat(
        p("Photos from the 2024 offsite in Nara " + emo("heart")),
        img("offsite-2024-deer.jpg", caption="The deer won the negotiation.", width=400),
        img("offsite-2024-team.jpg", caption="Platform, Firmware and Perception, October 2024"),
        view_file("offsite-2024-agenda.pdf")),
        labels=["team", "fun"], by="bob", created="2024-10-28",
        attachments=[att("offsite-2024-deer.jpg", 2210931), att("offsite-2024-team.jpg", 3381204),
                     att("offsite-2024-agenda.pdf", 120554)])
    return [draft, scratch]
