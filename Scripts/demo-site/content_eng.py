"""ENG: the Engineering space (platform, firmware, perception, plus the parts in content_eng2)."""

import json

from model import att, page, space
from storage import (adf_panel, anchor, anchor_link, att_link, block, cat, children, code, comment,
                     emo, emoji, esc, excerpt, expand, h, img, img_url, info, jira, jira_query, layout,
                     noformat, note, ol, p, page_link, panel, status, table, tasks, time, tip, toc, ul,
                     url_link, user, warning)
from users import ID
import content_eng2

ALICE, BOB, CHEN, DANA, EUNJI, FARID, YUKI = (ID[n] for n in
                                              ("alice", "bob", "chen", "dana", "eunji", "farid", "yuki"))


def home():
    body = cat(
        layout(
            ("two_equal", [
                cat(h(1, "Welcome to Acme Robotics Engineering " + emo("smile")),
                    excerpt(p("The engineering wiki of Acme Robotics: how our warehouse robots, the "
                              "FleetOS cloud and the firmware that ties them together are built, run and "
                              "released.")),
                    p("This space belongs to every engineer. If something here is wrong, fix it&nbsp;&mdash; "
                      "page ownership is a courtesy, not a lock."),
                    p("New here? Start with " + page_link("Onboarding", "ENG", "the onboarding area")
                      + " and say hello in <code>#eng-newcomers</code>.")),
                cat(panel(cat(
                    ul(page_link("Platform Engineering", "ENG"),
                       page_link("Robot Firmware", "ENG"),
                       page_link("Perception", "ENG"),
                       page_link("Architecture Decision Records", "ENG"),
                       page_link("Release Notes", "ENG"),
                       page_link("Operations Home", "OPS", "Runbooks and on-call (OPS space)"),
                       '<ac:link><ri:space ri:space-key="PROD" /><ac:plain-text-link-body><![CDATA[Product space]]>'
                       '</ac:plain-text-link-body></ac:link>')),
                    title="Quick links", bg="#E3FCEF", border="#36B37E"),
                    p(emo("light-on") + " Tip: press <code>/</code> anywhere to search the wiki.")),
            ]),
            ("three_equal", [
                cat(h(3, "Platform"), p("Fleet Control, the mission scheduler, the API and the message bus. "
                                        "Lead: " + user(ALICE))),
                cat(h(3, "Firmware"), p("Motor controllers, the bootloader, OTA and the battery system. "
                                        "Lead: " + user(CHEN))),
                cat(h(3, "Perception"), p("LiDAR and camera pipelines, calibration and obstacle detection. "
                                          "Lead: " + user(EUNJI))),
            ]),
            ("single", [
                cat(h(2, "Everything in this space"), children(depth=2, sort="creation")),
            ]),
        ),
        p("Last reorganised on " + time("2024-04-02") + " by " + user(ALICE)
          + ". Questions about this space go to " + user(BOB) + "."),
    )
    return body


def platform():
    rows = [
        [page_link("Fleet Control Service", "ENG", "fleet-control"), "Go", user(ALICE),
         status("GA", "Green")],
        ["mission-scheduler", "Go", user(ALICE), status("GA", "Green")],
        ["map-service", "Rust", user(EUNJI), status("Beta", "Yellow")],
        ["telemetry-ingest", "Go", user(BOB), status("GA", "Green")],
        ["robot-gateway", "Rust", user(CHEN), status("GA", "Green")],
        ["legacy-dispatch", "Java", user(BOB), status("Deprecated", "Red")],
        ["config-service", "Kotlin", user(FARID), status("Sunset 2025-06", "Grey")],
    ]
    return cat(
        toc(max_level=2),
        h(2, "What Platform owns"),
        p("Platform Engineering builds the cloud side of FleetOS: everything between a customer's warehouse "
          "management system and the robots on the floor. We own seven services, the public REST API and "
          "the internal message bus."),
        table(["Service", "Language", "Owner", "Lifecycle"], rows),
        h(2, "How we work"),
        ul("Two-week iterations, planning on Mondays, demo on the second Friday.",
           ("Every change goes through review:",
            ul("one approval for ordinary changes,",
               "two approvals for anything touching the scheduler or the robot protocol,",
               "a security review (" + user(FARID) + ") for auth and token handling.")),
           "On-call is shared with SRE; see " + page_link("On-call handbook", "OPS") + "."),
        h(2, "Open work"),
        jira_query('project = PLAT AND statusCategory != Done AND priority in (Highest, High) ORDER BY updated DESC'),
    )


def fleet_control():
    return cat(
        info(p("fleet-control is the single source of truth for where every robot is, what it is doing and "
               "what it will do next. If it is down, robots finish their current task and then park."),
             title="In one sentence"),
        h(2, "Responsibilities"),
        ol("Accept missions from customer WMS integrations (REST and SFTP batch).",
           "Split missions into tasks and hand them to the " + page_link("Mission scheduler internals", "ENG",
                                                                       "mission scheduler") + ".",
           "Track robot state from the telemetry stream and detect stale robots.",
           "Publish every state transition on the message bus for dashboards and billing."),
        h(2, "Deployment"),
        p("Three replicas per region behind the internal load balancer. Leader election through Postgres "
          "advisory locks; only the leader runs the scheduler loop."),
        code('''
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: fleet-control
              labels:
                app.kubernetes.io/part-of: fleetos
            spec:
              replicas: 3
              template:
                spec:
                  containers:
                    - name: fleet-control
                      image: registry.acme-robotics.example/fleetos/fleet-control:4.3.2
                      args: ["--config=/etc/fleet/config.yaml", "--leader-lock=fleet-scheduler"]
                      resources:
                        requests: { cpu: "1", memory: 1Gi }
                        limits:   { memory: 2Gi }
                      readinessProbe:
                        httpGet: { path: /healthz/ready, port: 8080 }
            ''', lang="yaml", title="deploy/fleet-control.yaml (excerpt)", linenumbers=True),
        h(2, "Current status"),
        p("Version 4.3.2 in all regions " + status("Healthy", "Green") + ". Known issue "
          + jira("PLAT-2291") + " (slow mission import for files over 50k lines)."),
        h(2, "Pages in this area"),
        children(depth=1),
    )


def architecture():
    return cat(
        layout(("two_left_sidebar", [
            cat(h(4, "On this page"), toc(max_level=3)),
            cat(h(2, "Component view"),
                img("fleet-control-architecture.png", caption="fleet-control and its neighbours, March 2024",
                    width=720, alt="Boxes and arrows: WMS adapters, API, scheduler, state store, bus"),
                p("Solid arrows are synchronous gRPC or HTTP calls; dashed arrows are bus messages. The "
                  "editable source is " + att_link("fleet-control-architecture.drawio", "the draw.io file")
                  + "."),
                h(2, "Components"),
                h(3, "API layer"),
                p("Stateless HTTP handlers that validate input and write commands to the state store. They "
                  "never talk to robots directly."),
                h(3, "Scheduler"),
                p("A single-leader loop that runs every 250&nbsp;ms. See "
                  + page_link("Mission scheduler internals", "ENG") + "."),
                h(3, "State store"),
                p("Postgres 15 with logical replication to the analytics warehouse. Schema changes follow "
                  + page_link("Persistence layer and schema migrations", "ENG", "the migration rules") + "."),
                h(3, "Robot gateway"),
                p("Terminates the robots' mutual-TLS gRPC streams and translates them to bus messages &rarr; "
                  "see " + page_link("Message bus: topic naming", "ENG") + ".")),
        ])),
    )


def scheduler():
    return cat(
        toc(),
        h(2, "The loop"),
        p("Every tick the leader takes a consistent snapshot of robots and open tasks, scores every "
          "(robot, task) pair and solves an assignment problem. Ticks are 250&nbsp;ms; a tick that overruns "
          "is logged and the next one starts immediately."),
        code('''
            def tick(snapshot: Snapshot, now: float) -> list[Assignment]:
                """One scheduling round: score pairs, then assign greedily by score."""
                candidates = []
                for robot in snapshot.idle_robots():
                    for task in snapshot.open_tasks():
                        if not robot.can_carry(task.payload):
                            continue
                        score = travel_cost(robot.pose, task.pickup) \\
                            + 4.0 * battery_penalty(robot.battery) \\
                            - 2.5 * task.priority
                        candidates.append((score, robot.id, task.id))
                candidates.sort()
                taken_robots, taken_tasks, result = set(), set(), []
                for score, robot_id, task_id in candidates:
                    if robot_id in taken_robots or task_id in taken_tasks:
                        continue
                    taken_robots.add(robot_id)
                    taken_tasks.add(task_id)
                    result.append(Assignment(robot_id, task_id, score, issued_at=now))
                return result
            ''', lang="python", title="scheduler/tick.py (simplified)", linenumbers=True),
        note(p("The real implementation uses the Hungarian algorithm when fewer than 400 pairs are "
               "feasible and falls back to the greedy pass above beyond that.")),
        h(2, "Inputs that change a score"),
        ul(("Travel cost",
            ol("A* distance over the site graph,",
               ("plus a congestion term per aisle:",
                ul("measured from the last 60 seconds of robot positions,",
                   "capped at 3x the empty-aisle cost.")),
               "plus a fixed cost for every lift or door on the way.")),
           ("Battery penalty",
            ol("zero above 45&nbsp;%,", "linear between 45&nbsp;% and 20&nbsp;%,",
               "infinite below 20&nbsp;% (the robot goes to charge instead)."))),
        h(2, "Further reading"),
        ul(page_link("Scheduler tie-breaking rules", "ENG"),
           page_link("ADR-005: Replace RabbitMQ with NATS JetStream", "ENG", "why ticks publish to NATS")),
    )


def tie_breaking():
    return cat(
        p("When two candidate assignments have the same score to within 0.01, the scheduler breaks the tie "
          "with the rules below, in order. The order matters: rule 2 exists because rule 1 alone caused "
          "convoys in narrow aisles (see " + page_link("Worked example: aisle contention at Dock 4", "ENG")
          + ")."),
        table(["#", "Rule", "Rationale", "Since"], [
            ["1", "Prefer the robot whose battery is higher", "Keeps charge levels even across the fleet",
             ("3.2", {"rowspan": "2"})],
            ["2", "Prefer the task whose pickup aisle has fewer robots heading to it", "Avoids convoys"],
            ["3", "Prefer the older task", "Fairness; no task waits forever", "3.9"],
            ["4", ("Prefer the lower robot id (deterministic fallback)", {"colspan": "2"}), "1.0"],
        ]),
        code('''
            func less(a, b Candidate) bool {
                if math.Abs(a.Score-b.Score) > 0.01 {
                    return a.Score < b.Score
                }
                switch {
                case a.Battery != b.Battery:
                    return a.Battery > b.Battery
                case a.AisleLoad != b.AisleLoad:
                    return a.AisleLoad < b.AisleLoad
                case !a.TaskCreated.Equal(b.TaskCreated):
                    return a.TaskCreated.Before(b.TaskCreated)
                default:
                    return a.RobotID < b.RobotID
                }
            }
            ''', lang="go", title="scheduler/order.go"),
        tip(p("If you add a rule, add a replay test under <code>scheduler/testdata/ties/</code> with the "
              "recorded snapshot that motivated it.")),
    )


def dock4():
    return cat(
        p("A replay of the 14 March 2024 morning shift at the Rotterdam site, where six robots queued in "
          "aisle D4 for eleven minutes. This page walks through the scheduler's decisions tick by tick."),
        h(2, "Timeline"),
        ol("07:42:10 &mdash; inbound truck at Dock 4 creates 18 pallet-move tasks at once.",
           "07:42:10.250 &mdash; first tick: six idle robots, all with battery above 80&nbsp;%.",
           ("07:42:10.500 &mdash; ties everywhere; rule 1 (battery) picks robots in battery order:",
            ul("R-114 (97&nbsp;%), R-120 (95&nbsp;%), R-102 (94&nbsp;%) &mdash; all parked in D4,",
               "so all three routes use the same one-way aisle.")),
           "07:43 to 07:53 &mdash; convoy: every robot waits for the one in front at the pallet lift."),
        h(2, "Scheduler trace"),
        noformat('''
            tick=1842977 leader=fc-2 idle=6 open=18 pairs=108 solver=hungarian took=3.1ms
              assign R-114 -> T-88120 score=41.20 tie=battery
              assign R-120 -> T-88121 score=41.20 tie=battery
              assign R-102 -> T-88122 score=41.21 tie=battery
            tick=1842978 leader=fc-2 idle=3 open=15 pairs=45 solver=hungarian took=0.9ms
            '''),
        h(2, "What changed"),
        p("Rule 2 (aisle load) was inserted before the task-age rule in 3.9. Replaying the same snapshot "
          "with 3.9 spreads the first three robots over aisles D3, D4 and D5; the queue disappears."),
        img("dock4-heatmap.png", caption="Robot density in aisles D2&ndash;D6 before (left) and after (right)",
            width=600),
    )


def message_bus():
    return cat(
        p("All bus subjects follow one pattern so that permissions and dashboards can be written with "
          "wildcards:"),
        noformat("<domain>.<site>.<entity>.<event>.v<major>"),
        table(["Part", "Allowed values", "Example"], [
            ["domain", "<code>fleet</code>, <code>robot</code>, <code>map</code>, <code>billing</code>",
             "<code>robot</code>"],
            ["site", "site code in lower case, or <code>global</code>", "<code>rtm1</code>"],
            ["entity", "singular noun", "<code>battery</code>"],
            ["event", "past tense verb", "<code>depleted</code>"],
            ["version", "major schema version", "<code>v2</code>"],
        ]),
        p("So a low-battery event from Rotterdam is <code>robot.rtm1.battery.depleted.v2</code>."),
        h(2, "Rules"),
        ul("Never publish to a subject without a registered schema in <code>bus-schemas/</code>.",
           "Breaking changes bump the major version and publish both versions for one release.",
           "Consumers subscribe with a queue group named after the service."),
        warning(p("Wildcard subscriptions across sites (<code>robot.*.&gt;</code>) are only allowed for "
                  "read-only analytics consumers."), title="Cross-site wildcards"),
    )


def persistence():
    return cat(
        p("fleet-control stores its state in Postgres. Schema changes are plain SQL files applied by "
          "<code>migrate</code> at start-up, in file-name order, each in its own transaction."),
        code('''
            -- 0047_task_aisle_index.sql
            -- Speeds up the aisle-load query used by tie-breaking rule 2.
            CREATE INDEX CONCURRENTLY IF NOT EXISTS task_pickup_aisle_open_idx
                ON task (site_id, pickup_aisle)
                WHERE state IN ('open', 'assigned');

            -- migrate: no-transaction
            ''', lang="sql", title="migrations/0047_task_aisle_index.sql"),
        warning(p("<code>CREATE INDEX CONCURRENTLY</code> cannot run inside a transaction. Mark such files "
                  "with the <code>-- migrate: no-transaction</code> comment or the deploy will fail and "
                  "roll back."), title="Concurrent indexes"),
        h(2, "Checklist for a migration"),
        tasks((True, "Expand-then-contract: add the new column first, backfill, switch readers, drop later."),
              (True, "Test the migration against the anonymised production snapshot."),
              (False, "Estimate lock time for tables over 10M rows and post it in the change ticket.")),
    )


_ENDPOINTS = [
    ("GET", "/v3/robots", "List robots of a site, newest telemetry first.",
     [("site", "query", "string", "yes", "Site code, e.g. <code>rtm1</code>."),
      ("state", "query", "string", "no", "Filter: <code>idle</code>, <code>busy</code>, <code>charging</code>, "
       "<code>fault</code>."), ("cursor", "query", "string", "no", "Opaque cursor from <code>next</code>.")],
     None,
     {"results": [{"id": "R-114", "model": "PM-1", "state": "busy", "battery": 0.82,
                   "pose": {"x": 41.2, "y": 7.9, "theta": 1.57}, "lastSeen": "2024-06-11T08:15:02Z"}],
      "next": "/v3/robots?site=rtm1&cursor=eyJvIjoyNX0"}),
    ("GET", "/v3/robots/{robotId}", "Read one robot with its current task.",
     [("robotId", "path", "string", "yes", "Robot id such as <code>R-114</code>.")], None,
     {"id": "R-114", "model": "PM-1", "site": "rtm1", "state": "busy", "battery": 0.82, "firmware": "7.4.1",
      "task": {"id": "T-88120", "kind": "move", "from": "D4-03", "to": "OUT-2"}}),
    ("POST", "/v3/robots/{robotId}/pause", "Pause a robot after its current motion segment.",
     [("robotId", "path", "string", "yes", "Robot to pause.")],
     {"reason": "Pallet wrapping inspection in aisle D4", "resumeAfterSeconds": 900},
     {"id": "R-114", "state": "pausing", "resumeAt": "2024-06-11T08:30:00Z"}),
    ("POST", "/v3/robots/{robotId}/resume", "Resume a paused robot.",
     [("robotId", "path", "string", "yes", "Robot to resume.")], {},
     {"id": "R-114", "state": "idle"}),
    ("GET", "/v3/missions", "List missions, filtered by site and state.",
     [("site", "query", "string", "yes", "Site code."),
      ("state", "query", "string", "no", "<code>queued</code>, <code>running</code>, <code>done</code>, "
       "<code>failed</code>."), ("since", "query", "date-time", "no", "Only missions created after this time.")],
     None,
     {"results": [{"id": "M-20240611-0042", "state": "running", "tasks": 3, "done": 1,
                   "createdAt": "2024-06-11T07:58:40Z"}], "next": None}),
    ("POST", "/v3/missions", "Create a mission from an ordered list of moves.",
     [("Idempotency-Key", "header", "string", "yes", "Client-chosen key; retries with the same key are safe.")],
     {"site": "rtm1", "priority": 3, "externalRef": "WMS-778812",
      "moves": [{"from": "IN-1", "to": "B12-04", "payload": "EUR-pallet"},
                {"from": "B12-04", "to": "OUT-2", "payload": "EUR-pallet"}]},
     {"id": "M-20240611-0043", "state": "queued", "tasks": 2, "estimatedStart": "2024-06-11T08:16:30Z"}),
    ("GET", "/v3/missions/{missionId}", "Read one mission with its tasks.",
     [("missionId", "path", "string", "yes", "Mission id.")], None,
     {"id": "M-20240611-0043", "state": "running",
      "tasks": [{"id": "T-88130", "state": "done", "robot": "R-120"},
                {"id": "T-88131", "state": "running", "robot": "R-120"}]}),
    ("DELETE", "/v3/missions/{missionId}", "Cancel a mission. Running tasks finish their current move.",
     [("missionId", "path", "string", "yes", "Mission to cancel.")], None,
     {"id": "M-20240611-0043", "state": "cancelling"}),
    ("GET", "/v3/sites/{site}/map", "Download the current site map as tiles metadata.",
     [("site", "path", "string", "yes", "Site code."),
      ("format", "query", "string", "no", "<code>pb</code> (default) or <code>json</code>.")], None,
     {"site": "rtm1", "version": 318, "tileSize": 16, "tiles": 412, "bounds": [[0, 0], [212.5, 96.0]]}),
    ("GET", "/v3/sites/{site}/zones", "List speed and access zones.",
     [("site", "path", "string", "yes", "Site code.")], None,
     {"results": [{"id": "Z-7", "name": "Picking area north", "maxSpeed": 1.2, "humansAllowed": True}]}),
    ("PUT", "/v3/sites/{site}/zones/{zoneId}", "Create or replace a zone.",
     [("site", "path", "string", "yes", "Site code."), ("zoneId", "path", "string", "yes", "Zone id.")],
     {"name": "Loading bay quiet hours", "maxSpeed": 0.8, "humansAllowed": True,
      "schedule": {"days": ["Mon", "Tue", "Wed", "Thu", "Fri"], "from": "22:00", "to": "06:00"},
      "polygon": [[10, 4], [24, 4], [24, 18], [10, 18]]},
     {"id": "Z-12", "version": 1}),
    ("GET", "/v3/events", "Poll the event log (use webhooks instead where you can).",
     [("after", "query", "string", "no", "Event id to continue after."),
      ("types", "query", "string", "no", "Comma-separated event types.")], None,
     {"results": [{"id": "E-5512098", "type": "mission.done", "mission": "M-20240611-0042",
                   "at": "2024-06-11T08:20:11Z"}], "next": "/v3/events?after=E-5512098"}),
    ("POST", "/v3/webhooks", "Register a webhook endpoint.",
     [], {"url": "https://wms.customer.example/hooks/acme", "types": ["mission.done", "mission.failed"],
          "secretHint": "rotated 2024-05"},
     {"id": "WH-31", "signingSecret": "whsec_only_shown_once"}),
    ("GET", "/v3/usage", "Monthly robot-hours and mission counts for billing.",
     [("month", "query", "string", "yes", "Month as <code>YYYY-MM</code>.")], None,
     {"month": "2024-05", "robotHours": 18211.5, "missions": 48922,
      "bySite": {"rtm1": 10311.0, "osk1": 7900.5}}),
]


def rest_api():
    parts = [
        excerpt(p("Reference for the public FleetOS REST API v3: every endpoint, its parameters and an "
                  "example exchange.")),
        toc(max_level=2),
        info(p("Base URL <code>https://api.fleetos.acme-robotics.example</code>. All requests need a bearer "
               "token, see " + page_link("Authentication and tokens", "ENG") + ". Lists page with cursors, "
               "see " + page_link("Pagination and rate limits", "ENG") + ".")),
        h(2, "Endpoint summary"),
        table(["Method", "Path", "Purpose"],
              [["<code>%s</code>" % m, "<code>%s</code>" % esc(path), summary]
               for m, path, summary, _, _, _ in _ENDPOINTS]),
    ]
    for method, path, summary, params, request, response in _ENDPOINTS:
        slug = (method + path).lower().replace("/", "-").replace("{", "").replace("}", "")
        parts.append(h(2, anchor(slug) + "%s %s" % (method, esc(path))))
        parts.append(p(summary))
        if params:
            parts.append(table(["Name", "In", "Type", "Required", "Description"],
                               [[("<code>%s</code>" % n), where, t, req, d] for n, where, t, req, d in params]))
        else:
            parts.append(p("<em>No parameters.</em>"))
        curl = "curl -sS -X %s \\\n  -H \"Authorization: Bearer $FLEETOS_TOKEN\" \\\n" % method
        if request is not None:
            curl += "  -H 'Content-Type: application/json' \\\n  -d '%s' \\\n" % json.dumps(request)
        curl += "  \"https://api.fleetos.acme-robotics.example%s\"" % path.replace("{robotId}", "R-114") \
            .replace("{missionId}", "M-20240611-0043").replace("{site}", "rtm1").replace("{zoneId}", "Z-12")
        parts.append(code(curl, lang="bash", title="Request"))
        parts.append(code(json.dumps(response, indent=2, ensure_ascii=False), lang="json",
                          title="Response 200"))
    parts.append(h(2, "Error format"))
    parts.append(p("Errors use RFC 9457 problem details. The <code>type</code> URI is stable and documented; "
                   "the <code>detail</code> text is for humans and may change."))
    parts.append(code('''
        {
          "type": "https://api.fleetos.acme-robotics.example/problems/robot-offline",
          "title": "Robot is offline",
          "status": 409,
          "detail": "R-114 has not reported for 94 seconds; pause requests need a live robot.",
          "instance": "/v3/robots/R-114/pause"
        }
        ''', lang="json", title="409 example"))
    parts.append(p("Jump back to the " + anchor_link("get-v3-robots", "first endpoint") + "."))
    return cat(*parts)


def auth_tokens():
    return cat(
        p("The API accepts OAuth 2.0 client-credentials tokens. Each customer integration gets its own "
          "client; tokens live 60 minutes."),
        code('''
            TOKEN=$(curl -sS https://auth.fleetos.acme-robotics.example/oauth/token \\
              -d grant_type=client_credentials \\
              -d client_id="$CLIENT_ID" \\
              -d client_secret="$CLIENT_SECRET" \\
              -d scope="missions:write robots:read" | jq -r .access_token)

            curl -sS -H "Authorization: Bearer $TOKEN" \\
              "https://api.fleetos.acme-robotics.example/v3/robots?site=rtm1" | jq '.results[].id'
            ''', lang="bash", title="Get a token and call the API"),
        h(2, "Scopes"),
        table(["Scope", "Grants"], [
            ["<code>robots:read</code>", "robot lists, robot detail, map and zones"],
            ["<code>robots:control</code>", "pause and resume"],
            ["<code>missions:write</code>", "create and cancel missions"],
            ["<code>billing:read</code>", "usage report"],
        ]),
        note(p("Client secrets are shown once at creation. If a customer loses one, rotate it through the "
               "admin console; we cannot recover it. Rotation is described in "
               + page_link("Rotate API signing keys", "OPS") + ".")),
    )


def pagination():
    return cat(
        h(2, "Cursors"),
        p("List endpoints return at most <code>limit</code> items (default 50, maximum 200) and a "
          "<code>next</code> link while more remain. Treat the cursor as opaque: it encodes a snapshot "
          "position and expires after 15 minutes."),
        h(2, "Rate limits"),
        table(["Plan", "Requests / minute", "Burst", "Mission creates / minute"], [
            ["Starter", "600", "60", ("60", {"rowspan": "2"})],
            ["Growth", "3,000", "300"],
            ["Enterprise", ("negotiated, default 12,000 with burst 1,200", {"colspan": "2"}), "600"],
        ]),
        p("Above the limit the API answers <code>429</code> with <code>Retry-After</code> in seconds."),
        code('''
            HTTP/1.1 429 Too Many Requests
            Retry-After: 4
            X-RateLimit-Limit: 600
            X-RateLimit-Remaining: 0
            X-RateLimit-Reset: 1718093704
            Content-Type: application/problem+json
            ''', lang="text", title="A throttled response"),
        tip(p("Client libraries should honour <code>Retry-After</code>, add jitter and give up after a few "
              "attempts. Only retry <code>POST /v3/missions</code> with the same "
              "<code>Idempotency-Key</code>.")),
    )


def webhooks():
    return cat(
        p("Webhooks deliver events as JSON <code>POST</code>s. We retry for 24 hours with exponential "
          "backoff; after that the event is only in " + page_link("FleetOS REST API v3 reference", "ENG",
                                                                  "the event log") + "."),
        code('''
            {
              "id": "E-5512107",
              "type": "mission.failed",
              "at": "2024-06-11T08:31:45Z",
              "data": {
                "mission": "M-20240611-0043",
                "reason": "pickup-location-blocked",
                "location": "B12-04"
              }
            }
            ''', lang="json", title="Delivery body"),
        h(2, "Verifying the signature"),
        p("Each delivery carries <code>Acme-Signature: t=&lt;unix&gt;,v1=&lt;hex&gt;</code>: an HMAC-SHA256 "
          "over <code>t + \".\" + body</code> with the webhook's signing secret."),
        code('''
            func Verify(secret []byte, header string, body []byte, now time.Time) error {
                var ts int64
                var sig string
                for _, part := range strings.Split(header, ",") {
                    k, v, _ := strings.Cut(part, "=")
                    switch k {
                    case "t":
                        ts, _ = strconv.ParseInt(v, 10, 64)
                    case "v1":
                        sig = v
                    }
                }
                if now.Sub(time.Unix(ts, 0)) > 5*time.Minute {
                    return errors.New("webhook: timestamp too old")
                }
                mac := hmac.New(sha256.New, secret)
                fmt.Fprintf(mac, "%d.", ts)
                mac.Write(body)
                want := hex.EncodeToString(mac.Sum(nil))
                if !hmac.Equal([]byte(want), []byte(sig)) {
                    return errors.New("webhook: bad signature")
                }
                return nil
            }
            ''', lang="go", title="verify.go", linenumbers=True),
    )


_CONFIG = [
    ("server.listen", "string", ":8080", "Address of the public HTTP listener."),
    ("server.admin_listen", "string", "127.0.0.1:9090", "Admin and metrics listener; never expose it."),
    ("server.read_timeout", "duration", "15s", "Maximum time to read a request including the body."),
    ("server.write_timeout", "duration", "30s", "Maximum time to write a response."),
    ("server.max_body_bytes", "int", "8388608", "Requests with larger bodies get 413."),
    ("db.dsn", "secret", "&mdash;", "Postgres connection string, read from the secret store."),
    ("db.max_open", "int", "40", "Connection pool size per replica."),
    ("db.statement_timeout", "duration", "5s", "Server-side statement timeout set on each connection."),
    ("db.migrate_on_start", "bool", "true", "Apply pending migrations before serving."),
    ("scheduler.enabled", "bool", "true", "Run the scheduler loop when this replica is leader."),
    ("scheduler.tick", "duration", "250ms", "Interval between scheduling rounds."),
    ("scheduler.hungarian_max_pairs", "int", "400", "Above this many feasible pairs use the greedy pass."),
    ("scheduler.battery_floor", "float", "0.20", "Robots below this charge are sent to charge."),
    ("scheduler.battery_soft", "float", "0.45", "Charge where the battery penalty starts."),
    ("scheduler.congestion_window", "duration", "60s", "Window for the aisle congestion estimate."),
    ("scheduler.congestion_cap", "float", "3.0", "Maximum congestion multiplier for one aisle."),
    ("scheduler.tie_epsilon", "float", "0.01", "Scores closer than this are ties."),
    ("leader.lock_name", "string", "fleet-scheduler", "Advisory lock name for leader election."),
    ("leader.renew_every", "duration", "2s", "How often the leader proves it is alive."),
    ("telemetry.stale_after", "duration", "20s", "A robot without telemetry for this long is stale."),
    ("telemetry.offline_after", "duration", "90s", "A stale robot becomes offline after this."),
    ("telemetry.max_batch", "int", "512", "Telemetry messages processed per batch."),
    ("bus.url", "string", "nats://nats.fleet.svc:4222", "NATS JetStream endpoint."),
    ("bus.stream", "string", "FLEET", "Stream that holds state transitions."),
    ("bus.publish_timeout", "duration", "2s", "Publish acknowledgement timeout."),
    ("bus.max_pending", "int", "4096", "Unacknowledged publishes before back-pressure."),
    ("api.default_limit", "int", "50", "Default page size of list endpoints."),
    ("api.max_limit", "int", "200", "Largest page size a client may ask for."),
    ("api.cursor_ttl", "duration", "15m", "Lifetime of list cursors."),
    ("api.idempotency_ttl", "duration", "24h", "How long idempotency keys are remembered."),
    ("ratelimit.enabled", "bool", "true", "Apply per-client token buckets."),
    ("ratelimit.redis_url", "string", "redis://ratelimit:6379/0", "Shared bucket store."),
    ("webhooks.workers", "int", "16", "Concurrent webhook deliveries per replica."),
    ("webhooks.max_attempts", "int", "18", "Attempts over roughly 24 hours."),
    ("webhooks.timeout", "duration", "10s", "Timeout of one delivery attempt."),
    ("auth.issuer", "string", "https://auth.fleetos.acme-robotics.example", "Expected token issuer."),
    ("auth.audience", "string", "fleetos-api", "Expected token audience."),
    ("auth.jwks_refresh", "duration", "10m", "How often signing keys are refetched."),
    ("log.level", "string", "info", "One of debug, info, warn, error."),
    ("log.format", "string", "json", "json in clusters, text on laptops."),
    ("tracing.endpoint", "string", "otel-collector:4317", "OTLP gRPC endpoint, see ADR-006."),
    ("tracing.sample_ratio", "float", "0.05", "Head sampling ratio; errors are always kept."),
    ("features.zone_schedules", "bool", "false", "Time-based speed zones (FleetOS 4.2+)."),
    ("features.multi_site_missions", "bool", "false", "Missions spanning two sites (5.0 beta)."),
]


_SECTION_NOTES = {
    "server": "Listener settings. The admin listener serves <code>/metrics</code>, <code>/debug/pprof</code> and "
              "the leader status; it must stay on the loopback or the pod network.",
    "db": "Postgres connection settings. The pool size is per replica, so three replicas with the default use "
          "120 connections; the regional cluster allows 400.",
    "scheduler": "The knobs of the scheduling round. Change them one at a time and replay a recorded snapshot "
                 "with <code>schedctl replay</code> before and after.",
    "leader": "Leader election through a Postgres advisory lock. A leader that cannot renew within three "
              "intervals steps down on its own.",
    "telemetry": "How robot telemetry turns into robot state. The stale and offline thresholds also drive the "
                 "<code>RobotStaleRatioHigh</code> alert.",
    "bus": "NATS JetStream publishing. Back-pressure makes the scheduler skip publishing, never block the tick.",
    "api": "Defaults of the public REST API. Clients may ask for less than <code>max_limit</code>, never more.",
    "ratelimit": "Per-client token buckets shared by all replicas through Redis.",
    "webhooks": "Delivery of webhook events to customer endpoints.",
    "auth": "Validation of the OAuth access tokens the API receives.",
    "log": "Logging. Debug level logs every tick and is too verbose for production.",
    "tracing": "OpenTelemetry export, see ADR-006.",
    "features": "Feature switches for behaviour that is not yet on by default.",
}

_SINCE = {"features.zone_schedules": "4.2", "features.multi_site_missions": "5.0", "scheduler.tie_epsilon": "3.2",
          "scheduler.hungarian_max_pairs": "4.0", "api.idempotency_ttl": "4.0", "server.max_body_bytes": "3.9"}


def _env_name(key):
    return "FLEET_" + key.upper().replace(".", "_")


def _since(key):
    if key in _SINCE:
        return _SINCE[key]
    return "4.0" if key.split(".")[0] in ("api", "bus", "tracing", "ratelimit") else "3.0"


def _needs_restart(key):
    return key.split(".")[0] in ("server", "db", "bus", "leader") or key == "auth.issuer"


def config_reference():
    groups = []
    current = None
    for key, typ, default, desc in _CONFIG:
        section = key.split(".")[0]
        if section != current:
            groups.append((section, []))
            current = section
        groups[-1][1].append((key, typ, default, desc))
    parts = [
        p("Every setting of fleet-control, its type and default. Settings come from "
          "<code>/etc/fleet/config.yaml</code> and can be overridden by environment variables: "
          "<code>scheduler.tick</code> becomes <code>FLEET_SCHEDULER_TICK</code>."),
        toc(max_level=2),
    ]
    for section, rows in groups:
        parts.append(h(2, section))
        parts.append(p(_SECTION_NOTES[section]))
        parts.append(table(["Key", "Type", "Default", "Meaning", "Environment variable", "Since", "Reload"],
                           [["<code>%s</code>" % k, t, "<code>%s</code>" % d if d != "&mdash;" else d, m,
                             "<code>%s</code>" % _env_name(k), _since(k),
                             status("restart", "Yellow", subtle=True) if _needs_restart(k)
                             else status("live", "Green", subtle=True)]
                            for k, t, d, m in rows]))
        parts.append(code("\n".join("export %s=%s" % (_env_name(k), "'%s'" % d if d != "&mdash;" else "...")
                                    for k, t, d, m in rows), lang="bash",
                          title="Overriding the %s settings from the environment" % section))
    yaml_lines = ["# fleet-control configuration with every default spelled out"]
    current = None
    for key, typ, default, desc in _CONFIG:
        section, name = key.split(".", 1)
        if section != current:
            yaml_lines.append("%s:" % section)
            current = section
        value = "${secret:fleet/db-dsn}" if default == "&mdash;" else default
        yaml_lines.append("  %s: %s    # %s" % (name, value, desc))
    parts.append(h(2, "Complete example"))
    parts.append(code("\n".join(yaml_lines), lang="yaml", title="config.yaml", collapse=True))
    parts.append(expand("Validation rules", ul(
        "durations use Go syntax (<code>250ms</code>, <code>2s</code>, <code>1h30m</code>),",
        "<code>scheduler.battery_floor</code> must be below <code>scheduler.battery_soft</code>,",
        "unknown keys are an error, not a warning, since 4.1.")))
    return cat(*parts)


def legacy_dispatch():
    return cat(
        note(p("This page was archived on " + time("2024-08-30") + " when the last customer moved off "
               "legacy-dispatch. It is kept because old support tickets link to it."), title="Archived page"),
        p("legacy-dispatch was the Java service that turned WMS orders into WB1 jobs. It spoke the WebSocket "
          "protocol that " + page_link("ADR-002: gRPC between robots and the cloud", "ENG", "ADR-002")
          + " replaced."),
        table(["Endpoint", "Replacement"], [
            ["<code>POST /dispatch/jobs</code>", "<code>POST /v3/missions</code>"],
            ["<code>GET /dispatch/robots</code>", "<code>GET /v3/robots</code>"],
            ["<code>WS /dispatch/stream</code>", "webhooks or <code>GET /v3/events</code>"],
        ]),
    )


def firmware():
    return cat(
        p("The firmware team owns everything that runs on the robot below the autonomy stack: motor "
          "controllers, the safety MCU, the battery management system and the update path."),
        table(["Board", "MCU", "Firmware repo", "Current release"], [
            ["Drive controller", "STM32G474", "<code>fw-drive</code>", status("7.4.1", "Green")],
            ["Lift controller", "STM32G474", "<code>fw-lift</code>", status("7.4.0", "Green")],
            ["Safety supervisor", "RP2040 (dual)", "<code>fw-safety</code> (Rust)", status("2.1.0", "Blue")],
            ["BMS", "TI BQ76952 + STM32L4", "<code>fw-bms</code>", status("3.0.2", "Yellow")],
        ]),
        p("Team lead " + user(CHEN) + ". Hardware questions go to the Shenzhen lab, see "
          + page_link("深圳硬件团队", "APAC") + "."),
        children(),
    )


def motor_controller():
    return cat(
        p("The drive controller runs two brushless hub motors with field-oriented control at 20&nbsp;kHz. "
          "It talks to the main computer over CAN-FD at 2&nbsp;Mbit/s data rate."),
        img_url("https://docs.acme-robotics.example/img/drive-board-rev-d.jpg",
                caption="Drive controller board, revision D", width=480),
        ul(page_link("CAN bus protocol", "ENG"), page_link("Tuning the PID loop", "ENG")),
    )


def can_protocol():
    return cat(
        p("Frame layout of the drive controller's CAN messages. All multi-byte fields are little-endian."),
        table([("ID", {"rowspan": "2"}), ("Name", {"rowspan": "2"}), ("Payload bytes", {"colspan": "4"})],
              [[("<strong>0&ndash;1</strong>", {}), "<strong>2&ndash;3</strong>", "<strong>4&ndash;5</strong>",
                "<strong>6&ndash;7</strong>"],
               ["<code>0x100</code>", "Velocity command", "left mm/s (i16)", "right mm/s (i16)",
                ("reserved", {"colspan": "2"})],
               ["<code>0x181</code>", "Wheel odometry", "left ticks (i16)", "right ticks (i16)",
                "dt &micro;s (u16)", "seq (u16)"],
               [("<code>0x2A0</code>", {"rowspan": "2"}), ("Fault report", {"rowspan": "2"}), "fault code (u16)",
                "motor (u8) + pad", ("timestamp ms (u32)", {"colspan": "2"})],
               [("second frame when the fault carries a detail string: 8 ASCII bytes", {"colspan": "4"})],
               ["<code>0x700</code>", page_link("Heartbeat frame (0x700)", "ENG", "Heartbeat"), "uptime s (u16)",
                "state (u8) + temp (i8)", "bus errors (u16)", "fw version (u16)"]]),
        note(p("The first two rows are a two-row header: the byte ranges are in the second header row.")),
    )


def heartbeat():
    return cat(
        p("Every controller on the bus sends a heartbeat every 100&nbsp;ms. The main computer declares a "
          "controller lost after 5 missed heartbeats and triggers a controlled stop."),
        code('''
            typedef struct __attribute__((packed)) {
                uint16_t uptime_s;
                uint8_t  state;        /* 0 boot, 1 ready, 2 driving, 3 fault, 4 update */
                int8_t   temp_c;
                uint16_t bus_errors;   /* saturating */
                uint16_t fw_version;   /* major << 8 | minor */
            } heartbeat_t;

            static void heartbeat_send(const ctrl_t *c)
            {
                heartbeat_t hb = {
                    .uptime_s   = (uint16_t)(c->uptime_ms / 1000u),
                    .state      = c->state,
                    .temp_c     = c->temp_c,
                    .bus_errors = c->bus_errors > 0xFFFFu ? 0xFFFFu : (uint16_t)c->bus_errors,
                    .fw_version = (uint16_t)((FW_MAJOR << 8) | FW_MINOR),
                };
                can_send(0x700 + c->node_id, &hb, sizeof hb);
            }
            ''', lang="c", title="heartbeat.c"),
        h(3, "States"),
        table(["Value", "State", "Robot behaviour"], [
            ["0", "boot", "ignored for 2&nbsp;s"], ["1", "ready", "normal"], ["2", "driving", "normal"],
            ["3", "fault", "controlled stop, fault frame expected"],
            ["4", "update", "robot must be parked; see " + page_link("Bootloader and OTA updates", "ENG")],
        ]),
    )


def pid_tuning():
    return cat(
        warning(p("Tune on the test stand with the wheels off the ground first. A mistuned velocity loop can "
                  "move a 300&nbsp;kg robot faster than the safety supervisor expects."),
                title="Safety first"),
        p("The velocity loop is a PI controller with feed-forward; the D term is disabled in production."),
        code('''
            float pid_step(pid_t *pid, float setpoint, float measured, float dt)
            {
                float err = setpoint - measured;
                pid->integral += err * dt;
                /* anti-windup: clamp the integral to what the output range can use */
                float i_max = pid->out_max / (pid->ki > 0.0f ? pid->ki : 1.0f);
                if (pid->integral >  i_max) pid->integral =  i_max;
                if (pid->integral < -i_max) pid->integral = -i_max;
                float out = pid->kff * setpoint + pid->kp * err + pid->ki * pid->integral;
                return out > pid->out_max ? pid->out_max : (out < -pid->out_max ? -pid->out_max : out);
            }
            ''', lang="c", title="pid.c"),
        h(2, "Procedure"),
        ol("Set <code>ki = 0</code>, raise <code>kff</code> until steady-state speed is within 10&nbsp;%.",
           "Raise <code>kp</code> until a step from 0 to 1&nbsp;m/s overshoots, then back off 30&nbsp;%.",
           "Raise <code>ki</code> until the residual error closes within 300&nbsp;ms.",
           "Repeat with a 150&nbsp;kg test load and keep the lower gains."),
        img("step-response.png", caption="Step response with production gains (blue) and 2x kp (red)"),
        p("Reference gains for PM-1: " + att_link("pm1-gains.csv") + "."),
    )


def bootloader():
    return cat(
        p("Controllers boot into a small bootloader that verifies an Ed25519 signature over the "
          "application image before jumping to it. OTA images are delivered by the robot computer over CAN."),
        code('''
            $ fwtool sign --key hsm://fw-release-2024 --in build/fw-drive.bin --out fw-drive-7.4.1.signed
            $ fwtool push --robot R-114 --board drive fw-drive-7.4.1.signed
            pushing 118784 bytes in 14848 frames ... done in 3.9s
            verifying on target ... signature OK, version 7.4.1 > 7.4.0
            rebooting drive controller ... heartbeat state=ready fw=7.4
            ''', lang="bash", title="Signing and pushing an image"),
        h(2, "Rollout checklist"),
        tasks((True, "Image built by CI from a tagged commit"),
              (True, "Signed with the release key (two people present)"),
              (True, "Soak test: 48 h on three robots at the Rotterdam test lane"),
              (False, "Canary: 5&nbsp;% of the fleet per site for 24 h"),
              (False, "Full rollout, announced in " + page_link("Release Notes", "ENG"))),
        p("See also the postmortem that shaped this checklist: "
          + page_link("PM-2024-06: Charger firmware bricked 40 docks", "OPS") + "."),
    )


def bms():
    return cat(
        p("The battery management system protects the 48&nbsp;V LiFePO4 pack and reports state of charge "
          "to the robot computer."),
        table(["Limit", "Warning", "Cut-off", "Recovery"], [
            ["Cell voltage high", "3.60&nbsp;V", "3.65&nbsp;V", "below 3.45&nbsp;V"],
            ["Cell voltage low", "2.90&nbsp;V", "2.50&nbsp;V", "charger only"],
            ["Pack temperature (charge)", "45&nbsp;&deg;C", "55&nbsp;&deg;C", ("below 40&nbsp;&deg;C",
                                                                              {"rowspan": "2"})],
            ["Pack temperature (discharge)", "55&nbsp;&deg;C", "65&nbsp;&deg;C"],
        ]),
        tip(p("State of charge below 20&nbsp;% is a scheduler concern, not a BMS one: see "
              + page_link("Mission scheduler internals", "ENG", "battery penalty", rich=False) + ".")),
    )


def perception():
    return cat(
        p("The perception team is split between Seoul (LiDAR, obstacle detection) and Rotterdam (cameras). "
          "Seoul's team pages, mostly in Korean, are in the APAC space: "
          + page_link("서울 인식팀", "APAC") + "."),
        p("Lead: " + user(EUNJI) + " " + emoji(":robot:", "🤖", "1f916")),
        children(),
    )


def obstacle_pipeline():
    return cat(
        p("Obstacle detection fuses two 2D safety LiDARs and a 3D LiDAR into an occupancy grid the local "
          "planner reads at 20&nbsp;Hz."),
        ol("Deskew each scan with wheel odometry.", "Remove the floor (see "
           + page_link("LiDAR ground segmentation", "ENG") + ").",
           "Project the remaining points into a 5&nbsp;cm grid.", "Decay cells that were not hit for 1&nbsp;s."),
        code('''
            import numpy as np

            def to_grid(points: np.ndarray, resolution: float = 0.05, size: int = 256) -> np.ndarray:
                """Count points per cell of a robot-centred grid; points are (N, 3) in metres."""
                half = size * resolution / 2.0
                inside = (np.abs(points[:, 0]) < half) & (np.abs(points[:, 1]) < half)
                cells = ((points[inside, :2] + half) / resolution).astype(np.int32)
                grid = np.zeros((size, size), dtype=np.uint16)
                np.add.at(grid, (cells[:, 1], cells[:, 0]), 1)
                return grid
            ''', lang="python", title="grid.py"),
    )


def ground_segmentation():
    return cat(
        p("Warehouse floors are flat but not level: ramps at docks reach 6&deg;. We fit planes per 2&nbsp;m "
          "sector with RANSAC instead of a single global plane."),
        table(["Parameter", "Value", "Why"], [
            ["sector size", "2&nbsp;m", "one ramp fits in two sectors"],
            ["RANSAC iterations", "40", "99&nbsp;% success with 30&nbsp;% outliers"],
            ["inlier distance", "3&nbsp;cm", "floor tape and cracks stay floor"],
        ]),
        p("Korean notes with the calibration board specification: "
          + page_link("상세: 타깃 보드 규격", "APAC") + "."),
    )


def camera_calibration():
    return cat(
        p("Intrinsic and extrinsic calibration for the two forward cameras. Takes about 20 minutes per robot."),
        ol(("Prepare",
            ul("Charuco board A2 from the calibration kit,",
               ("a clear 3&nbsp;m by 3&nbsp;m floor area with even lighting:",
                ol("switch off the dock strobe lights,", "close the roller doors if there is direct sun.")))),
           ("Capture", ol("Run <code>calib capture --robot R-xxx</code>.",
                          "Move the board through the nine on-screen positions.")),
           ("Solve and check", ul("Reprojection error must be below 0.4&nbsp;px.",
                                  "Upload the result with <code>calib push</code>."))),
        p("Results of the last fleet-wide run: " + att_link("calibration-2025-01.csv", "calibration-2025-01.csv")
          + "."),
    )


def build():
    platform_tree = page(
        "Platform Engineering", platform(), labels=["platform", "team"], by="alice", created="2023-02-20",
        kids=[
            page("Fleet Control Service", fleet_control(), labels=["fleet-control", "service"], by="alice",
                 attachments=[att("fleet-control-runbook-card.pdf", 84211, "laminated card for the NOC")],
                 kids=[
                     page("Fleet Control architecture", architecture(), labels=["design-doc", "architecture"],
                          attachments=[att("fleet-control-architecture.png", 148233, "exported from draw.io"),
                                       att("fleet-control-architecture.drawio", 40412)],
                          kids=[
                              page("Mission scheduler internals", scheduler(),
                                   labels=["design-doc", "scheduler"], kids=[
                                       page("Scheduler tie-breaking rules", tie_breaking(),
                                            labels=["scheduler"], kids=[
                                                page("Worked example: aisle contention at Dock 4", dock4(),
                                                     labels=["scheduler", "postmortem"], by="bob",
                                                     created="2024-03-19",
                                                     attachments=[att("dock4-heatmap.png", 96540)]),
                                            ]),
                                   ]),
                              page("Message bus: topic naming", message_bus(), labels=["design-doc", "nats"]),
                              page("Persistence layer and schema migrations", persistence(),
                                   labels=["postgres", "design-doc"]),
                          ]),
                     page("FleetOS REST API v3 reference", rest_api(), labels=["api", "reference"],
                          kids=[
                              page("Authentication and tokens", auth_tokens(), labels=["api", "security"],
                                   by="farid"),
                              page("Pagination and rate limits", pagination(), labels=["api"]),
                              page("Webhooks", webhooks(), labels=["api"]),
                          ]),
                     page("fleet-control configuration reference", config_reference(),
                          labels=["reference", "fleet-control"]),
                 ]),
            page("legacy-dispatch (retired)", legacy_dispatch(), labels=["legacy", "api"], by="bob",
                 created="2023-02-22", modified="2024-08-30T14:05:00Z", version=9, status="archived"),
        ])
    firmware_tree = page(
        "Robot Firmware", firmware(), labels=["firmware", "team"], by="chen", created="2023-03-01",
        kids=[
            page("Motor controller", motor_controller(), labels=["firmware"], kids=[
                page("CAN bus protocol", can_protocol(), labels=["firmware", "reference"], kids=[
                    page("Heartbeat frame (0x700)", heartbeat(), labels=["firmware", "reference"]),
                ]),
                page("Tuning the PID loop", pid_tuning(), labels=["firmware", "how-to"],
                     attachments=[att("step-response.png", 61877), att("pm1-gains.csv", 1342, "PM-1 rev D")]),
            ]),
            page("Bootloader and OTA updates", bootloader(), labels=["firmware", "security", "release-process"]),
            page("Battery management system", bms(), labels=["firmware", "battery"]),
        ])
    perception_tree = page(
        "Perception", perception(), labels=["perception", "team"], by="eunji", created="2023-05-08",
        kids=[
            page("Obstacle detection pipeline", obstacle_pipeline(), labels=["perception", "design-doc"],
                 kids=[page("LiDAR ground segmentation", ground_segmentation(), labels=["perception", "lidar"])]),
            page("Camera calibration procedure", camera_calibration(), labels=["perception", "how-to"],
                 attachments=[att("calibration-2025-01.csv", 23114)]),
        ])
    home_page = page(
        "Engineering Home", home(), labels=["home", "onboarding"], by="alice", created="2023-02-14",
        modified="2025-09-30T16:11:00Z", version=41,
        attachments=[att("acme-logo.svg", 5320, "brand kit 2024")],
        kids=[platform_tree, firmware_tree, perception_tree] + content_eng2.areas())
    return space(
        "ENG", "Engineering",
        "How Acme Robotics builds FleetOS, the robots' firmware and perception: design docs, API "
        "reference, decision records, release notes and meeting notes.",
        by="alice", created="2023-02-14", until="2025-10-31", roots=[home_page] + content_eng2.orphans())
