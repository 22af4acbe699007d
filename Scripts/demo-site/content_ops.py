"""OPS: Operations space (runbooks, postmortems, on-call, monitoring, sites)."""

from model import att, page, space
from storage import (adf_panel, att_link, cat, children, code, comment, emo, emoji, esc, excerpt, expand, h,
                     img, img_url, info, jira, jira_query, layout, noformat, note, ol, p, page_link, panel,
                     status, table, tasks, time, tip, toc, ul, url_link, user, warning)
from users import ID

ALICE, BOB, CHEN, DANA, EUNJI, FARID, YUKI = (ID[n] for n in
                                              ("alice", "bob", "chen", "dana", "eunji", "farid", "yuki"))


def runbook(summary, severity, steps, verify, rollback=None, extra=None, owner=BOB):
    """The common runbook skeleton: summary, when to use, steps, verification, rollback."""
    parts = [
        table(None, [["Owner", user(owner)], ["Severity when needed", severity],
                     ["Last tested", time("2025-0%d-1%d" % (1 + len(summary) % 8, len(steps) % 9))]],
              header_col=True),
        excerpt(p(summary)),
        h(2, "Steps"), steps,
        h(2, "Verify"), verify,
    ]
    if rollback:
        parts += [h(2, "Roll back"), rollback]
    if extra:
        parts.append(extra)
    return cat(*parts)


def home():
    return cat(
        layout(
            ("two_right_sidebar", [
                cat(h(1, "Operations"),
                    excerpt(p("Runbooks, on-call, incident postmortems and site information for everyone who "
                              "keeps FleetOS and the robots running.")),
                    adf_panel("error", p("<strong>Major incident?</strong> Page the incident commander with "
                                         "<code>/page ic</code> in Slack, then open "
                                         + page_link("Incident response checklist", "OPS") + "."), "ops-home"),
                    h(2, "Areas"), children(depth=1)),
                cat(panel(ul(page_link("On-call handbook", "OPS"), page_link("Alert catalogue", "OPS"),
                             page_link("Escalation policy", "OPS"), page_link("Dashboards", "OPS")),
                          title="Most used", bg="#FFEBE6", border="#FF5630"),
                    p("SRE lead: " + user(BOB))),
            ])),
    )


def restart_fleet_control():
    return runbook(
        "Restart fleet-control without stopping robots mid-task.", status("SEV-3", "Yellow"),
        ol("Check that the scheduler leader is healthy: <code>fleetctl leader</code>.",
           ("Restart followers first, one at a time:",
            code('''
                for pod in $(kubectl -n fleet get pods -l app=fleet-control -o name); do
                  if [ "$(kubectl -n fleet exec "$pod" -- fleetctl role)" = follower ]; then
                    kubectl -n fleet delete "$pod" --wait=true
                    kubectl -n fleet rollout status deploy/fleet-control --timeout=120s
                  fi
                done
                ''', lang="bash", title="restart followers")),
           "Restart the leader last. A follower takes over within 2&nbsp;s; robots keep their current task."),
        ul("<code>fleetctl leader</code> shows a new leader.",
           "The <em>assignments per minute</em> panel on the fleet dashboard recovers within one minute."),
        extra=note(p("Restarting all replicas at once parks every robot after its current task. Only do "
                     "that if the leader is wedged and followers cannot take over.")))


def drain_site():
    return runbook(
        "Drain a site before planned maintenance: finish running missions, accept no new ones.",
        status("Planned", "Blue"),
        ol("Announce the window in <code>#ops-announce</code> 24 hours ahead.",
           "Set the site to draining: <code>fleetctl site drain rtm1 --reason \"network maintenance\"</code>.",
           ("Wait until no tasks are running:", ul("<code>fleetctl site status rtm1</code> shows <code>running=0</code>,",
                                                  "typically 10&ndash;25 minutes.")),
           "Send robots to charge: <code>fleetctl site park rtm1 --to chargers</code>."),
        p("The site shows <strong>Drained</strong> on the dashboard and the WMS gets <code>503</code> with "
          "<code>Retry-After</code> for new missions."),
        rollback=p("<code>fleetctl site undrain rtm1</code>. Queued WMS retries arrive within minutes."))


def postgres_failover():
    return runbook(
        "Promote the synchronous standby when the primary of a region is lost.", status("SEV-1", "Red"),
        ol("Confirm the primary is really gone (not a network partition): check from two different nodes.",
           "Fence the old primary: <code>pgctl fence pg-euw-1a</code> removes it from the load balancer.",
           ("Promote:", code('''
                pgctl promote pg-euw-1b --confirm
                # wait for "promoted, timeline 7"
                fleetctl db check --expect-primary pg-euw-1b
                ''', lang="bash", title="promote the standby")),
           "Restart fleet-control so connection pools reconnect (see "
           + page_link("Restart fleet-control safely", "OPS") + ")."),
        cat(p("Writes succeed and replication to the new standby is running."), children()),
        extra=warning(p("Never promote while the old primary may still accept writes: two primaries means "
                        "lost missions."), title="Split brain"), owner=ALICE)


def replication_lag():
    return cat(
        p("After a failover the new standby starts empty and catches up from the base backup. Check lag "
          "until it is under 1&nbsp;MB before you close the incident."),
        code('''
            SELECT client_addr,
                   state,
                   pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) AS lag_bytes,
                   replay_lag
              FROM pg_stat_replication
             ORDER BY lag_bytes DESC;
            ''', lang="sql", title="on the new primary"),
        table(["lag_bytes", "Meaning", "Action"], [
            ["&lt; 1&nbsp;MB", "caught up", "close the incident"],
            ["1&nbsp;MB &ndash; 1&nbsp;GB", "catching up", "check again in 5 minutes"],
            ["growing", "standby cannot keep up", "page the database on-call"],
        ]),
    )


def rotate_keys():
    return runbook(
        "Rotate the JWT signing keys of the FleetOS auth server (quarterly, or at once after a leak).",
        status("Planned", "Blue"),
        ol("Generate the new key in Vault: <code>vault write -f transit/keys/fleetos-jwt/rotate</code>.",
           "Publish it in the JWKS but keep signing with the old key for 1 hour "
           "(<code>auth.jwks_refresh</code> is 10 minutes in every service).",
           "Switch signing to the new key.",
           "After the longest token lifetime (60 minutes), remove the old key from the JWKS."),
        p("Decode a fresh token and check the <code>kid</code> header matches the new key version."),
        extra=p("Security contact: " + user(FARID)), owner=FARID)


def robot_recovery():
    return runbook(
        "A robot reports <code>state=recovery</code> and does not leave it on its own.",
        status("SEV-3", "Yellow"),
        ol("Find the robot on the live map and check for a physical obstruction (camera feed first).",
           ("If obstructed:", ul("ask the site team to clear it,", "then <code>fleetctl robot retry R-xxx</code>.")),
           ("If not obstructed:", ol("<code>fleetctl robot logs R-xxx --since 10m</code>",
                                     ("look for one of these messages:",
                                      ul("<code>localisation confidence below 0.4</code> &rarr; relocalise,",
                                         "<code>bumper pressed</code> &rarr; on-site inspection,",
                                         "<code>lift timeout</code> &rarr; " + page_link("Battery swap procedure", "OPS",
                                                                                      "power-cycle the lift"))))),
           "If nothing helps, send the robot to the service bay: <code>fleetctl robot service R-xxx</code>."),
        p("The robot reports <code>idle</code> and takes a task within the next tick."))


def battery_swap():
    return cat(
        warning(p("Wear insulated gloves. The pack is 48&nbsp;V and weighs 38&nbsp;kg: always a two-person "
                  "lift.")),
        img("battery-bay.jpg", caption="Battery bay with the locking lever (1) and the connector (2)", width=500),
        ol("Park the robot in the service bay: <code>fleetctl robot service R-xxx</code>.",
           "Switch the main breaker off and wait 30&nbsp;s for the capacitors to discharge.",
           "Unlock the lever, disconnect, slide the pack out onto the cart.",
           "Insert the charged pack, connect, lock, breaker on.",
           "Check the BMS reports the new pack serial: <code>fleetctl robot battery R-xxx</code>."),
        tasks((False, "Log the old pack's serial in the battery register"),
              (False, "Put the old pack on the slow charger, never the fast one, for its first cycle")),
    )


def reflash():
    return cat(
        p("Only when OTA fails twice. Needs the field kit with the CAN adapter."),
        code('''
            $ fwtool detect --adapter pcan0
            node 0x11 drive   fw=7.3 state=fault
            node 0x12 lift    fw=7.4 state=ready
            $ fwtool push --adapter pcan0 --node 0x11 fw-drive-7.4.1.signed --force-bootloader
            ''', lang="bash", title="field re-flash"),
        note(p("The signed images are in " + att_link("field-kit-images-7.4.zip", "field-kit-images-7.4.zip")
               + ". Never flash unsigned images in the field; the bootloader refuses them anyway.")),
    )


def wifi_roaming():
    return cat(
        p("Robots roam between access points at walking speed. Symptoms of bad roaming: robots become stale "
          "for 5&ndash;20&nbsp;s at the same spots of the floor."),
        ol("Overlay stale events on the map: <code>fleetctl site stale-map rtm1 --since 24h</code>.",
           "If hot spots match AP boundaries, ask the site IT for 802.11r (fast transition) and check the "
           "minimum RSSI setting is not above &minus;75&nbsp;dBm.",
           "Robot-side: the gateway stream keep-alive is 4&nbsp;s since 4.0, do not raise it."),
        img("stale-heatmap-rtm1.png", caption="Stale events at Rotterdam, one week", width=640),
    )


def vpn_down():
    return cat(
        p("Each site connects to the cloud over an IPsec tunnel with an LTE fallback."),
        table(["Symptom", "Likely cause", "First action"], [
            ["All robots of a site stale", "tunnel down, fallback not taking over", "check the site router"],
            [("Dashboard shows site offline but robots run", {"rowspan": "2"}), "telemetry path only",
             "check telemetry-ingest consumer lag"],
            ["clock skew on the site router", "compare router NTP status"],
        ]),
        code('''
            ssh ops@router.rtm1.sites.acme-robotics.example
            show vpn ipsec sa
            show interfaces lte0 | match "state|rssi"
            ''', lang="bash", title="router checks"),
    )


def incident_checklist():
    return cat(
        ol("Declare: post in <code>#incident</code> with a one-line summary.",
           "Assign roles: incident commander, communications, scribe.",
           "Stabilise before you investigate.",
           "Update the status page every 30 minutes while customers are affected.",
           "Close: agree on a postmortem owner and a date."),
        tip(p("The scribe writes down times. Postmortems without a timeline are guesswork.")),
    )


_POSTMORTEMS = [
    ("PM-2024-02: Mission queue stall", "2024-02-08", "bob", "SEV-1", "1 h 52 min",
     "All sites in Europe stopped receiving new tasks for almost two hours. Running tasks finished; robots then "
     "parked.",
     [("06:58", "RabbitMQ node 2 runs out of disk; publishes block."),
      ("07:04", "Scheduler ticks stall waiting on publish confirmations."),
      ("07:11", "First customer call (Nordic Grocers)."),
      ("07:25", "Incident declared, " + "IC Bob."),
      ("08:10", "Disk extended; queues start draining."),
      ("08:50", "Backlog drained; assignments normal.")],
     "The scheduler published synchronously inside the tick. One full broker disk stopped all scheduling.",
     [(True, "Publish outside the tick with a bounded buffer"), (True, "Disk alerts at 70&nbsp;% on brokers"),
      (True, "Decide on the broker's future (became ADR-005)")], ["OPS-180", "PLAT-1650"]),
    ("PM-2024-06: Charger firmware bricked 40 docks", "2024-06-20", "chen", "SEV-2", "6 h (docks), 2 days (full)",
     "A charger firmware update left 40 charging docks at two sites unresponsive. Robots could not charge and "
     "about a third of the fleet was unavailable by the afternoon.",
     [("09:00", "Rollout of charger firmware 2.6 starts to all docks at once."),
      ("09:40", "Docks stop reporting; the dashboard shows them as offline."),
      ("10:15", "Rollout paused manually."),
      ("13:00", "Technicians on site re-flash docks over USB."),
      ("2024-06-22", "Last dock recovered.")],
     "Version 2.6 changed the flash layout; docks with the older bootloader failed to boot it. The rollout had "
     "no canary stage and no automatic stop.",
     [(True, "Canary stage and automatic stop for charger rollouts"),
      (True, "Bootloader version check before pushing"),
      (False, "Remote recovery path for docks without a site visit")], ["FW-502", "FW-503", "FW-517"]),
    ("PM-2024-11: Certificate expiry at Rotterdam", "2024-11-02", "farid", "SEV-2", "47 min",
     "The site router's client certificate for the cloud tunnel expired. The LTE fallback used the same "
     "certificate, so the site lost its connection.",
     [("03:00", "Certificate expires (Saturday night)."),
      ("03:01", "All Rotterdam robots become stale, then park."),
      ("03:20", "On-call paged by the site-offline alert."),
      ("03:47", "New certificate installed by hand; site recovers.")],
     "Certificates were tracked in a spreadsheet that missed site routers.",
     [(True, "Inventory every certificate"), (True, "Alert 30 days before expiry"),
      (False, "Automated renewal with ACME on site routers")], ["OPS-244", "SEC-31"]),
    ("PM-2025-03: Map corruption after tile migration", "2025-03-04", "eunji", "SEV-2", "3 h 10 min",
     "After the migration to map tiles, a concurrent save in the map editor wrote two versions of the same tile. "
     "Robots at Osaka refused to plan through the affected area.",
     [("14:02", "Two editors save overlapping changes to the Osaka mezzanine."),
      ("14:05", "Robots report <code>tile checksum mismatch</code>."),
      ("14:30", "Affected zone closed; robots routed around it."),
      ("17:12", "Tile restored from the previous version; zone reopened.")],
     "Tile saves were not atomic across the metadata and the blob store.",
     [(True, "Copy-on-write tile saves"), (True, "Checksum on every tile read"),
      (False, "Editor lock per tile")], ["MAP-120", "MAP-121"]),
]


def postmortem_body(title, date, severity, duration, summary, timeline, cause, actions, keys, author):
    return cat(
        layout(("two_equal", [
            table(None, [["Date", time(date)], ["Severity", status(severity, "Red" if severity == "SEV-1" else "Yellow")],
                         ["Duration", duration], ["Author", user(ID[author])]], header_col=True),
            info(p("Blameless: we describe what the system allowed, not who made a mistake."), title="Format"),
        ])),
        h(2, "Summary"), p(summary),
        h(2, "Timeline"), table(["Time (UTC)", "Event"], [[t, e] for t, e in timeline]),
        h(2, "Root cause"), p(cause),
        h(2, "Action items"), tasks(*actions),
        h(2, "Tickets"), p(" ".join(jira(k) for k in keys)),
    )


def postmortems():
    by_year = {}
    for title, date, author, sev, dur, summary, timeline, cause, actions, keys in _POSTMORTEMS:
        by_year.setdefault(date[:4], []).append(page(
            title, postmortem_body(title, date, sev, dur, summary, timeline, cause, actions, keys, author),
            labels=["postmortem", "incident"] + (["security"] if "Certificate" in title else []),
            by=author, created=date, attachments=[att("timeline-%s.csv" % title[3:10], 2100 + len(summary))]))
    intro = {"2024": "2024 had three postmortem-worthy incidents: a queue stall, a charger rollout and an "
                     "expired certificate. All three led to changes in how we release.",
             "2025": "Incidents of 2025 so far. The map tile corruption in March is the only SEV-2 of the year."}
    year_pages = [page("Postmortems %s" % year, cat(p(intro[year]), children(sort="creation")),
                       labels=["postmortem"], by="bob", created=year + "-01-02", kids=kids)
                  for year, kids in sorted(by_year.items())]
    return page("Incident postmortems", cat(
        p("Every SEV-1 and SEV-2 gets a postmortem within five working days."),
        jira_query("project = OPS AND labels = postmortem-action AND resolution = Unresolved"),
        children(depth=2)), labels=["postmortem"], by="bob", created="2023-12-18",
        kids=year_pages + [page("Incident response checklist", incident_checklist(), labels=["incident", "checklist"],
                                by="bob", created="2024-02-15")])


def oncall_handbook():
    sections = [
        ("Before your shift", [
            "Check that your phone gets test pages: <code>/page test</code>.",
            "Read the last handover note in <code>#oncall</code>.",
            "Make sure the VPN and your YubiKey work from home.",
            "Know where the " + page_link("Escalation policy", "OPS") + " is."]),
        ("During the shift", [
            "Acknowledge pages within 5 minutes, even if only to say you are looking.",
            "Use the " + page_link("Alert catalogue", "OPS") + " to find the runbook of every alert.",
            "Escalate early. Escalating is not a failure; a silent hour is.",
            "Log every page in the shift log with the alert, the action and the time spent."]),
        ("Handover", [
            "Write a handover note: open incidents, noisy alerts, anything odd.",
            "Hand over by voice if an incident is open.",
            "File tickets for every alert that woke you up and needed no action."]),
    ]
    parts = [toc(max_level=2),
             info(p("This handbook applies to the platform on-call rotation. Site technicians follow the site "
                    "pages, for example " + page_link("大阪倉庫 (Osaka warehouse)", "OPS") + "."))]
    for title, items in sections:
        parts += [h(2, title), ol(*items)]
    parts += [
        h(2, "Compensation"),
        table(["Shift", "Weekday", "Weekend / holiday"], [
            ["Primary", "1 day off per week on call", ("plus a flat rate per day", {"rowspan": "2"})],
            ["Secondary", "half a day off per week on call"],
        ]),
        h(2, "Tools"),
        layout(("three_equal", [
            cat(h(4, "Paging"), p("PagerDuty schedule <em>platform-primary</em>.")),
            cat(h(4, "Dashboards"), p(page_link("Dashboards", "OPS", "Grafana fleet dashboards"))),
            cat(h(4, "Access"), p("Break-glass production access via " + url_link(
                "https://access.acme-robotics.example/breakglass", "the access portal") + ".")),
        ])),
        h(2, "Frequently asked"),
        expand("Do I need to fix the root cause at night?", p("No. Stabilise, write down what you saw, sleep.")),
        expand("The runbook is wrong. What now?", p("Do what is safe, then fix the runbook the next day. "
                                                   + emo("thumbs-up"))),
        expand("A customer calls me directly", p("Be polite, note their name and number, and hand over to "
                                                "support. Do not promise timelines.")),
    ]
    return cat(*parts)


def escalation():
    return cat(
        table(["Severity", "Definition", "Who is paged", "Escalate after"], [
            [status("SEV-1", "Red"), "A site or region cannot run missions", "primary + secondary + IC",
             ("15 minutes", {"rowspan": "2"})],
            [status("SEV-2", "Yellow"), "Degraded: slower missions, part of the fleet unavailable",
             "primary + secondary"],
            [status("SEV-3", "Blue"), "One robot or one customer integration affected", "primary",
             "next working day"],
            [status("SEV-4", "Grey"), ("Cosmetic or internal only; no page, ticket only", {"colspan": "3"})],
        ]),
        h(2, "Contacts"),
        ul("SRE lead: " + user(BOB), "Platform lead: " + user(ALICE), "Firmware lead: " + user(CHEN),
           "Security: " + user(FARID), "Osaka site: " + user(YUKI)),
    )


def rotation():
    weeks = [("2025-01-06", "bob", "alice"), ("2025-01-13", "alice", "chen"), ("2025-01-20", "chen", "eunji"),
             ("2025-01-27", "eunji", "farid"), ("2025-02-03", "farid", "bob"), ("2025-02-10", "bob", "chen"),
             ("2025-02-17", "alice", "eunji"), ("2025-02-24", "chen", "farid")]
    return cat(
        p("Weeks start Monday 10:00 local time of the primary."),
        table(["Week of", "Primary", "Secondary"],
              [[time(w), user(ID[a]), user(ID[b])] for w, a, b in weeks]),
        p("Swaps: agree with your swap partner, then update PagerDuty yourself. " + emo("smile")),
    )


_ALERTS = [
    ("FleetSchedulerTickOverrun", "critical", "histogram_quantile(0.99, rate(scheduler_tick_seconds_bucket[5m])) > 0.5",
     "Scheduling rounds take longer than 500&nbsp;ms at p99; assignments fall behind.",
     "Check the number of feasible pairs; a huge mission import is the usual cause."),
    ("FleetSchedulerNoLeader", "critical", "sum(scheduler_is_leader) == 0",
     "No replica holds the scheduler lock. No new tasks are assigned.",
     "Restart fleet-control safely; check Postgres connectivity."),
    ("FleetSchedulerTwoLeaders", "critical", "sum(scheduler_is_leader) > 1",
     "Two replicas believe they are leader. Tasks may be assigned twice.",
     "Page the platform on-call at once; restart the older leader."),
    ("RobotStaleRatioHigh", "warning", "avg by (site) (robot_stale) > 0.1",
     "More than 10&nbsp;% of a site's robots are stale.", "Follow Wi-Fi roaming issues; check the site tunnel."),
    ("SiteOffline", "critical", "max by (site) (time() - site_last_seen_timestamp) > 120",
     "The cloud has heard nothing from a site for two minutes.", "Follow VPN tunnel to a site is down."),
    ("MissionQueueGrowing", "warning", "deriv(missions_queued[15m]) > 0.5 and missions_queued > 200",
     "Missions are queued faster than robots finish them.", "Check robot availability and tick overruns."),
    ("MissionFailureRateHigh", "warning", "rate(missions_failed_total[15m]) / rate(missions_done_total[15m]) > 0.05",
     "More than 5&nbsp;% of missions fail.", "Group failures by reason on the mission dashboard."),
    ("ApiErrorRateHigh", "critical", "sum(rate(http_requests_total{code=~\"5..\"}[5m])) / sum(rate(http_requests_total[5m])) > 0.02",
     "More than 2&nbsp;% of API requests fail with 5xx.", "Check the latest deploy; roll back if it correlates."),
    ("ApiLatencyHigh", "warning", "histogram_quantile(0.95, sum by (le) (rate(http_request_seconds_bucket[5m]))) > 1",
     "p95 API latency above one second.", "Check Postgres slow queries and connection pool saturation."),
    ("ApiRateLimitedClients", "info", "sum by (client) (rate(ratelimit_rejected_total[10m])) > 1",
     "A client is being throttled continuously.", "Tell the account manager; no action at night."),
    ("WebhookBacklog", "warning", "webhook_pending > 5000",
     "Webhook deliveries are piling up.", "Look for a customer endpoint that times out; pause its webhook."),
    ("WebhookEndpointFailing", "info", "rate(webhook_failures_total[30m]) > 0.5",
     "A customer endpoint keeps failing.", "Support ticket to the customer; automatic."),
    ("NatsConsumerLag", "warning", "nats_consumer_num_pending > 5000",
     "A consumer falls behind its stream.", "Scale the consumer; check for poison messages."),
    ("NatsStreamStorageHigh", "warning", "nats_stream_bytes / nats_stream_max_bytes > 0.8",
     "A stream is near its storage limit.", "Check retention; extend the volume before 95&nbsp;%."),
    ("NatsClusterPeerDown", "critical", "nats_server_cluster_peers < 2",
     "The NATS cluster lost a peer.", "Check the pod; JetStream needs a quorum of 2 of 3."),
    ("PostgresPrimaryDown", "critical", "pg_up{role=\"primary\"} == 0",
     "The regional primary is unreachable.", "Postgres failover."),
    ("PostgresReplicationLag", "warning", "pg_replication_lag_bytes > 1e9",
     "The standby is more than 1&nbsp;GB behind.", "Verify replication lag after failover."),
    ("PostgresConnectionsHigh", "warning", "pg_stat_activity_count / pg_settings_max_connections > 0.85",
     "Connection slots nearly exhausted.", "Find the service with the biggest pool; restart it if leaking."),
    ("PostgresDiskFilling", "warning", "predict_linear(pg_volume_free_bytes[6h], 86400) < 0",
     "The database volume will be full within a day.", "Extend the volume; check for bloat."),
    ("TelemetryIngestDropping", "critical", "rate(telemetry_dropped_total[5m]) > 10",
     "Telemetry messages are being dropped.", "Scale telemetry-ingest; robots will look stale otherwise."),
    ("GatewayStreamsDropping", "warning", "rate(gateway_stream_resets_total[5m]) > 5",
     "Robot streams are reset often.", "Check the gateway load balancer and certificate validity."),
    ("GatewayCertificateExpiry", "warning", "(gateway_cert_not_after - time()) / 86400 < 30",
     "A gateway or site certificate expires within 30 days.", "Renew now; see PM-2024-11."),
    ("RobotBatteryCriticalNoCharger", "critical", "robot_battery < 0.1 and robot_state != 3",
     "A robot is almost empty and not charging.", "Send it to a charger manually or stop it where it is safe."),
    ("ChargerOffline", "warning", "charger_up == 0",
     "A charging dock stopped reporting.", "Check the dock's power and network; count docks per site."),
    ("ChargerRolloutStalled", "critical", "charger_rollout_failed_ratio > 0.02",
     "Firmware rollout stopped automatically after failures.", "Do not resume; page firmware on-call."),
    ("MapTileChecksumMismatch", "critical", "increase(map_tile_checksum_errors_total[5m]) > 0",
     "A robot received a corrupt map tile.", "Close the zone; restore the tile (see PM-2025-03)."),
    ("MapServiceSlow", "warning", "histogram_quantile(0.95, rate(map_tile_seconds_bucket[5m])) > 0.3",
     "Tile downloads are slow.", "Check the blob store latency and cache hit ratio."),
    ("SafetySupervisorMismatch", "critical", "increase(safety_core_mismatch_total[1m]) > 0",
     "The two cores of a safety supervisor disagreed.", "The robot has stopped itself; send it to service."),
    ("OtaFailureRateHigh", "warning", "rate(ota_failed_total[1h]) / rate(ota_started_total[1h]) > 0.05",
     "Robot firmware updates fail often.", "Pause the rollout; collect logs from two failed robots."),
    ("BillingExportLate", "info", "time() - billing_export_last_success_timestamp > 93600",
     "The nightly billing export did not run.", "Rerun it in the morning; finance needs it by 10:00."),
    ("BackupMissing", "warning", "time() - backup_last_success_timestamp > 90000",
     "No successful database backup for 25 hours.", "Run the backup job manually; check storage credentials."),
    ("DiskPressureNode", "warning", "kube_node_status_condition{condition=\"DiskPressure\",status=\"true\"} == 1",
     "A Kubernetes node is under disk pressure.", "Cordon it; clean up images; replace if it recurs."),
    ("PodCrashLooping", "warning", "rate(kube_pod_container_status_restarts_total[15m]) * 900 > 3",
     "A pod restarts more than three times in 15 minutes.", "Read its last logs; roll back recent deploys."),
    ("OtelCollectorDropping", "info", "rate(otelcol_exporter_send_failed_spans[5m]) > 100",
     "Traces are being dropped.", "Not urgent; check the tracing backend in the morning."),
]

_SEVERITY = {"critical": ("Critical", "Red"), "warning": ("Warning", "Yellow"), "info": ("Info", "Blue")}


def alert_catalogue():
    parts = [
        excerpt(p("Every production alert, what it means and what to do first.")),
        info(p("Alerts are defined in <code>deploy/alerts/*.yaml</code>. This page is generated from them "
               "nightly; edit the YAML, not this page.")),
        toc(max_level=2),
        h(2, "Overview"),
        table(["Alert", "Severity"], [["<code>%s</code>" % n, status(*_SEVERITY[s])] for n, s, _, _, _ in _ALERTS]),
    ]
    for name, sev, expr, meaning, action in _ALERTS:
        parts += [
            h(2, name),
            p(status(*_SEVERITY[sev]) + " " + meaning),
            code(expr, lang="text", title="PromQL"),
            p("<strong>First action:</strong> " + action),
        ]
    parts.append(h(2, "Example rule file"))
    parts.append(code('''
        groups:
          - name: fleet-scheduler
            rules:
              - alert: FleetSchedulerNoLeader
                expr: sum(scheduler_is_leader) == 0
                for: 1m
                labels:
                  severity: critical
                  team: platform
                annotations:
                  summary: "No scheduler leader in {{ $labels.region }}"
                  runbook: "https://wiki.acme-robotics.example/ops/restart-fleet-control"
        ''', lang="yaml", title="deploy/alerts/scheduler.yaml"))
    return cat(*parts)


def dashboards():
    return cat(
        table(["Dashboard", "For", "Link"], [
            ["Fleet overview", "everyone", url_link("https://grafana.acme-robotics.example/d/fleet", "open")],
            ["Scheduler internals", "platform on-call", url_link("https://grafana.acme-robotics.example/d/sched", "open")],
            ["Site health", "site teams", url_link("https://grafana.acme-robotics.example/d/sites?var-site=All&from=now-24h", "open")],
        ]),
        img_url("https://grafana.acme-robotics.example/render/d/fleet?width=1000&height=500",
                caption="Fleet overview, rendered live by Grafana", width=800),
    )


def osaka():
    return cat(
        h(2, "拠点概要"),
        p("大阪倉庫（サイトコード <code>osk1</code>）は 2023 年 10 月に稼働を開始しました。PM-1 ロボット 64 台、"
          "充電ステーション 20 基で運用しています。拠点責任者は " + user(YUKI) + " です。"),
        table(["項目", "内容"], [
            ["住所", "大阪府大阪市住之江区（詳細は社内システム参照）"],
            ["稼働時間", "月〜土 6:00〜24:00（日曜は保守日）"],
            ["ネットワーク", "IPsec トンネル + LTE バックアップ"],
        ]),
        h(2, "現場の連絡先"),
        ul("平日日中: 現場事務所（内線 4102）", "夜間・休日: オンコール担当（" + page_link("Escalation policy", "OPS", "エスカレーション方針") + "）"),
        note(p("日曜日の保守作業中はロボットを必ず充電ステーションに退避させてください。")),
        p("日本語の詳細手順は APAC スペースにあります: " + page_link("大阪拠点", "APAC") + " " + emoji(":flag_jp:", "🇯🇵", "1f1ef-1f1f5")),
    )


def rotterdam():
    return cat(
        p("Rotterdam (<code>rtm1</code>) is our largest site and the test lane for new firmware: 112 robots, "
          "34 chargers, three shifts."),
        ul("Site manager: on-site office, extension 200.", "Test lane: aisles T1&ndash;T3, reserved on Tuesdays.",
           "Known trouble spots: the Dock 4 ramp and the cold store door (fog on the LiDAR in winter)."),
        img("rtm1-floorplan.png", caption="Rotterdam floor plan, 2024 revision", width=700),
    )


def shenzhen():
    return cat(
        p("深圳实验室负责硬件验证和小批量试产。所有新电机驱动板在发往客户现场之前，都要在这里完成 72 小时老化测试。"),
        table(["测试项目", "时长", "通过标准"], [
            ["老化测试", "72 小时", "无故障、无重启"], ["温升测试", "4 小时", "外壳温度 &lt; 60&nbsp;&deg;C"],
            ["CAN 总线压力测试", "1 小时", "错误帧 &lt; 0.01&nbsp;%"],
        ]),
        p("详细规范见 " + page_link("电机驱动板测试规范", "APAC") + "。实验室负责人：" + user(CHEN) + "。"),
    )


def capacity_notes():
    return cat(
        p("Scratch notes for the Q3 2025 capacity review. Not a runbook; move anything durable elsewhere."),
        ul("Postgres euw primary at 38&nbsp;% CPU at peak; fine until 2026.",
           "NATS stream FLEET grows 9&nbsp;GB/day; retention 7 days is fine.",
           "Telemetry ingest needs a fourth replica when Osaka adds the PM-2 robots."),
        p(comment("cap-notes", "Double-check the Osaka number with Yuki") + " before the review."),
    )


def build():
    runbooks = page("Runbooks", cat(
        excerpt(p("Step-by-step procedures. If a runbook failed you, fix it the next day.")),
        tip(p("Every runbook has the same sections: steps, verify, roll back.")),
        children(depth=2)), labels=["runbook"], by="bob", created="2023-06-12", kids=[
        page("Fleet Control runbooks", cat(p("Runbooks for fleet-control, the scheduler and the regional Postgres "
                                                   "clusters behind them."), children()), labels=["runbook", "fleet-control"], by="bob", kids=[
            page("Restart fleet-control safely", restart_fleet_control(), labels=["runbook", "fleet-control"], by="bob"),
            page("Drain a site before maintenance", drain_site(), labels=["runbook", "maintenance"], by="bob"),
            page("Postgres failover", postgres_failover(), labels=["runbook", "postgres"], by="alice", kids=[
                page("Verifying replication lag after failover", replication_lag(), labels=["runbook", "postgres"],
                     by="alice"),
            ]),
            page("Rotate API signing keys", rotate_keys(), labels=["runbook", "security"], by="farid"),
        ]),
        page("Robot runbooks", cat(p("Procedures that involve a physical robot. Most of them need a site technician "
                                           "on the floor."), children()), labels=["runbook", "robots"], by="chen", kids=[
            page("Robot stuck in recovery mode", robot_recovery(), labels=["runbook", "robots"], by="chen"),
            page("Battery swap procedure", battery_swap(), labels=["runbook", "robots", "safety"], by="chen",
                 attachments=[att("battery-bay.jpg", 402118)]),
            page("Re-flashing firmware in the field", reflash(), labels=["runbook", "firmware"], by="chen",
                 attachments=[att("field-kit-images-7.4.zip", 2291551, "signed images, drive/lift/bms")]),
        ]),
        page("Network runbooks", cat(p("Connectivity between robots, site networks and the cloud: Wi-Fi, tunnels and "
                                             "the LTE fallback."), children()), labels=["runbook", "network"], by="bob", kids=[
            page("Wi-Fi roaming issues on the warehouse floor", wifi_roaming(), labels=["runbook", "network"],
                 attachments=[att("stale-heatmap-rtm1.png", 130554)]),
            page("VPN tunnel to a site is down", vpn_down(), labels=["runbook", "network"]),
        ]),
    ])
    oncall = page("On-call", cat(p("How the platform on-call rotation works: the handbook, the escalation "
                                    "policy and who is on call when."), children()), labels=["on-call"], by="bob", created="2023-06-12", kids=[
        page("On-call handbook", oncall_handbook(), labels=["on-call", "onboarding"], by="bob", version=23),
        page("Escalation policy", escalation(), labels=["on-call", "incident"], by="bob"),
        page("Rotation 2025 Q1", rotation(), labels=["on-call"], by="bob", created="2024-12-18"),
    ])
    monitoring = page("Monitoring and alerting", cat(
        p("What we measure and when we wake people up. Alerts are code in the monorepo; dashboards are for "
          "humans."), children()), labels=["monitoring"], by="bob", created="2023-09-01",
                      kids=[page("Alert catalogue", alert_catalogue(), labels=["monitoring", "reference", "runbook"],
                                 by="bob", version=58),
                            page("Dashboards", dashboards(), labels=["monitoring"], by="bob")])
    sites = page("Sites", cat(p("One page per warehouse site: address, hours, contacts and the local quirks every on-call "
                   "engineer should know."), children()), labels=["sites"], by="bob",
                 created="2023-10-02", kids=[
        page("大阪倉庫 (Osaka warehouse)", osaka(), labels=["sites", "osaka"], by="yuki", created="2023-10-05"),
        page("Rotterdam warehouse", rotterdam(), labels=["sites"], by="bob",
             attachments=[att("rtm1-floorplan.png", 512331, "2024 revision")]),
        page("深圳实验室 (Shenzhen lab)", shenzhen(), labels=["sites", "hardware"], by="chen"),
    ])
    home_page = page("Operations Home", home(), labels=["home"], by="bob", created="2023-06-12",
                     kids=[runbooks, postmortems(), oncall, monitoring, sites])
    scratch = page("Ops scratchpad: Q3 capacity notes", capacity_notes(), labels=["capacity", "scratch"],
                   by="bob", created="2025-07-08")
    return space("OPS", "Operations",
                 "Runbooks, on-call, incident postmortems and site information.",
                 by="bob", created="2023-06-12", until="2025-10-31", roots=[home_page, scratch])
