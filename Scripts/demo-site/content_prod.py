"""PROD: Product space, with Cloud folders for roadmaps and research."""

from model import att, folder, page, space
from storage import (adf_panel, att_link, cat, children, code, comment, emo, emoji, excerpt, expand, h, img,
                     img_url, info, jira, jira_query, layout, note, ol, p, page_link, panel, placeholder,
                     status, table, tasks, time, tip, toc, ul, url_link, user, warning)
from users import ID

ALICE, BOB, CHEN, DANA, EUNJI, FARID, YUKI = (ID[n] for n in
                                              ("alice", "bob", "chen", "dana", "eunji", "farid", "yuki"))


def home():
    return cat(
        h(1, "Product " + emoji(":compass:", "🧭", "1f9ed")),
        excerpt(p("Why we build what we build: roadmaps, customer research, requirements and pricing.")),
        layout(("two_equal", [
            cat(h(3, "Now"), ul("Fleet Dashboard v2 " + status("In beta", "Blue"),
                                "Pallet Mover PM-2 launch " + status("On track", "Green"),
                                "Multi-site missions " + status("Discovery", "Purple"))),
            cat(h(3, "Where things are"), ul("Roadmaps and research are in folders.",
                                             "PRDs are pages under " + page_link("Product requirements", "PROD") + ".",
                                             "Customer-facing release notes: " + page_link("Release communications",
                                                                                          "PROD") + ".")),
        ])),
        p("Product lead: " + user(DANA)),
    )


def roadmap_2024h2():
    return cat(
        p("Themes for July&ndash;December 2024, agreed " + time("2024-06-12") + "."),
        table(["Theme", "Bets", "Outcome we want", "Result"], [
            [("Reliability", {"rowspan": "2"}), "Charger rollout safety", "no fleet-wide charger outage",
             status("Done", "Green")],
            ["Certificate automation", "no expiry incidents", status("Partly", "Yellow")],
            ["Site operations", "Time-based speed zones", "quiet-hours zones at 3 customers", status("Done", "Green")],
            ["Insight", "Dashboard v2 discovery", "validated prototype", status("Slipped to 2025", "Red")],
        ]),
    )


def roadmap_2025():
    return cat(
        adf_panel("info", p("This roadmap is a statement of intent, not a commitment. Dates are quarters, not "
                            "days."), "roadmap-2025"),
        layout(("three_equal", [
            cat(h(3, "Q1&ndash;Q2"), ul("Fleet Dashboard v2 beta", "PM-2 launch at Osaka",
                                        "Operability: certificate renewal, tile safety")),
            cat(h(3, "Q3"), ul("Multi-site missions beta", "Zone-based speed limits v2",
                               "Usage-based pricing pilot")),
            cat(h(3, "Q4"), ul("FleetOS 5.0 GA", "Dashboard v2 GA", "Korean and Japanese UI")),
        ])),
        h(2, "Not on the roadmap"),
        p("Outdoor operation, forklift retrofits and a public marketplace for integrations. We hear these "
          "requests often; see " + page_link("Ideas parking lot", "PROD") + "."),
        jira_query("project = ROAD AND fixVersion in (2025-Q1, 2025-Q2, 2025-Q3, 2025-Q4) ORDER BY rank"),
    )


def parking_lot():
    ideas = [("Outdoor yard operation", "3 customers", "needs a different robot class"),
             ("Forklift retrofit kit", "1 customer, 2 partners", "certification cost unclear"),
             ("Integration marketplace", "partners", "revisit when we have 20+ integrations"),
             ("Voice commands for floor staff", "1 site manager", "noise levels make it hard"),
             ("Predictive maintenance for drive motors", "internal", "needs two years of data; collecting")]
    return cat(
        p("Ideas we heard, liked and deliberately did not schedule. Add yours at the bottom."),
        table(["Idea", "Asked by", "Why not now", "Votes"],
              [[i, who, why, str(len(i) % 7 + 1)] for i, who, why in ideas]),
        p(placeholder("Add an idea: what, who asked, why it matters")),
    )


def interview(customer, date, role, quotes, insights, extra=""):
    return cat(
        table(None, [["Customer", customer], ["Date", time(date)], ["Interviewee", role],
                     ["Interviewer", user(DANA)]], header_col=True),
        h(2, "What we heard"),
        "".join("<blockquote><p>%s</p></blockquote>" % q for q in quotes),
        h(2, "Insights"), ul(*insights),
        extra,
    )


def synthesis():
    return cat(
        p("Synthesis of 11 interviews (March&ndash;May 2024) about pallet handling."),
        h(2, "Top pain points"),
        ol(("Handover between robots and people at the dock",
            ul("people do not know which pallets a robot will take next,",
               ("robots wait for people who are waiting for robots:",
                ol("mostly at shift change,", "worst when the WMS releases waves late.")))),
           "Damaged stretch wrap stops the robot's pallet check",
           "Reporting: site managers export CSVs to build their own dashboards"),
        h(2, "What we will do"),
        ul("A dock screen that shows the next 10 robot pickups (" + page_link("PRD: Fleet Dashboard v2", "PROD") + ").",
           "A tolerant pallet check mode, per site."),
        p("Raw notes are in the interview pages. Affinity map: " + att_link("affinity-map-2024.pdf") + "."),
    )


def prd_pm2():
    return cat(
        toc(max_level=2),
        h(2, "Problem"),
        p("PM-1 carries 1,000&nbsp;kg. Beverage and paper customers move 1,400&nbsp;kg pallets, which today "
          "need a human forklift driver."),
        h(2, "Goals"),
        ul("Carry 1,500&nbsp;kg at 1.5&nbsp;m/s.", "Same charger, same fleet software.",
           "Fit into aisles of 2.6&nbsp;m like PM-1."),
        h(2, "Non-goals"),
        ul("Stacking pallets.", "Outdoor operation."),
        h(2, "Requirements"),
        table(["ID", "Requirement", "Priority", "Status"], [
            ["R1", "Payload 1,500&nbsp;kg with 10&nbsp;% safety margin", status("Must", "Red"), status("Met", "Green")],
            ["R2", "Runtime 10&nbsp;h per charge at typical duty", status("Must", "Red"), status("Met", "Green")],
            ["R3", "Braking distance under 0.8&nbsp;m from full speed at full load", status("Must", "Red"),
             status("Testing", "Yellow")],
            ["R4", "Same CAN protocol as PM-1 (firmware reuse)", status("Should", "Yellow"), status("Met", "Green")],
            ["R5", ("Visual load indicator for floor staff; moved to PM-2.1", {"colspan": "2"}), status("Later", "Grey")],
        ]),
        h(2, "Open questions"),
        p(comment("pm2-brakes", "Do we need a second brake circuit for certification in Japan?")
          + " Waiting for the assessor, see " + jira("HW-210") + "."),
        img("pm2-render.png", caption="PM-2 industrial design render, v3", width=560),
    )


def launch_checklist():
    return cat(
        p("Launch at Osaka first, then Rotterdam. Target " + time("2025-05-19") + "."),
        h(2, "Engineering"),
        tasks((True, "Firmware 7.5 with PM-2 motor parameters"), (True, "Scheduler knows PM-2 payload class"),
              (False, "Braking distance certification (" + jira("HW-210") + ")")),
        h(2, "Operations"),
        tasks((True, "Battery swap runbook updated for the larger pack"),
              (False, "Osaka technicians trained (" + user(YUKI) + ")")),
        h(2, "Go-to-market"),
        tasks((True, "Pricing approved"), (False, "Launch announcement"),
              (False, "Customer-facing release note")),
    )


def prd_dashboard():
    return cat(
        excerpt(p("A live dashboard for site managers: what robots do now, what they will do next, and how "
                  "the shift is going.")),
        h(2, "Users"),
        table(["Persona", "Needs", "Today"], [
            ["Site manager", "shift KPIs, bottlenecks", "CSV exports and spreadsheets"],
            ["Dock lead", "next pickups at my dock", "asks on the radio"],
            ["Support", "what did the robot see", "asks engineering"],
        ]),
        h(2, "Scope of v2"),
        ol("Live map with robot intents (next three moves).", "Dock screen mode.", "Shift report e-mailed at shift end."),
        note(p("Analytics beyond one shift is out of scope; customers can use the usage API.")),
        children(),
    )


def wireframes():
    return cat(
        p("Review of the wireframes on " + time("2024-11-20") + " with two site managers."),
        layout(("two_equal", [
            cat(img("dashboard-v2-map.png", caption="Live map with intents", width=380),
                p(emo("thumbs-up") + " Liked: the intent arrows.")),
            cat(img("dashboard-v2-dock.png", caption="Dock screen", width=380),
                p(emo("sad") + " Too small to read from 5&nbsp;m; use 3x font.")),
        ])),
        ul("Colour alone must not carry meaning (one reviewer is colour-blind).",
           "Dock screen rotates between docks if nobody touches it."),
    )


def prd_zones():
    return cat(
        p("Customers want lower speeds where people work, at times when people work there."),
        h(2, "User stories"),
        ol("As a site manager I draw a zone and set a maximum speed.",
           "As a site manager I give the zone a weekly schedule.",
           "As a floor worker I see on a screen which zones are active."),
        h(2, "Acceptance criteria"),
        tasks((True, "Zones apply within one scheduler tick of activation"),
              (True, "Robots already inside a zone slow down within 1&nbsp;s"),
              (False, "Zones can be activated by a WMS event, not only a schedule")),
        p("Engineering design: " + page_link("fleet-control configuration reference", "ENG",
                                             "features.zone_schedules") + "."),
    )


def pricing():
    return cat(
        warning(p("Internal. Do not share this page or its numbers with customers."), title="Confidential"),
        table(["Plan", "Robots", "Price per robot-month", "Includes"], [
            ["Starter", "up to 10", "&euro;1,450", ("API, dashboard, business-hours support", {"rowspan": "2"})],
            ["Growth", "11&ndash;50", "&euro;1,290"],
            ["Enterprise", "51+", ("negotiated; floor &euro;1,050", {"colspan": "1"}), "24/7 support, SLA 99.9&nbsp;%"],
        ]),
        h(2, "Usage-based pilot"),
        p("From Q3 2025 two customers pay per robot-hour (&euro;2.40) instead of per robot-month. We measure "
          "robot-hours through the usage endpoint."),
        expand("How we picked the robot-hour price", cat(
            p("Median utilisation across sites is 17.5 hours a day, 26 days a month: 455 robot-hours."),
            p("At &euro;2.40 that is &euro;1,092, just above the Enterprise floor, which keeps the two models "
              "comparable for heavy users and cheaper for light ones."))),
    )


def customer_notes(version, date, items, known):
    return cat(
        p("Released " + time(date) + ". Your site is updated automatically; no action is needed unless noted."),
        h(2, "What's new"), ul(*items),
        h(2, "Known issues"), ul(*known) if known else p("None."),
        p("Questions? Contact your customer success manager or " + url_link("mailto:support@acme-robotics.example",
                                                                          "support@acme-robotics.example") + "."),
    )


def meeting(date, who, topics, decisions, actions):
    return cat(
        p(time(date) + " &middot; " + ", ".join(user(ID[n]) for n in who)),
        h(2, "Topics"), ol(*topics),
        h(2, "Decisions"), ul(*decisions),
        h(2, "Action items"), tasks(*actions),
    )


def build():
    roadmaps = folder("Roadmaps", by="dana", created="2024-06-10", kids=[
        page("2024 H2 roadmap", roadmap_2024h2(), labels=["roadmap"], by="dana", created="2024-06-12"),
        page("2025 roadmap", roadmap_2025(), labels=["roadmap", "planning"], by="dana", created="2024-12-09",
             version=17),
        page("Ideas parking lot", parking_lot(), labels=["ideas"], by="dana", created="2024-02-20"),
    ])
    interviews = folder("Interviews 2024", by="dana", created="2024-03-11", kids=[
        page("Interview: Nordic Grocers DC", interview(
            "Nordic Grocers, Malm&ouml; DC", "2024-03-14", "Site manager",
            ["The robots are great until the truck is late. Then everyone stands around the dock.",
             "I build my shift report by hand every morning. It takes forty minutes."],
            ["Dock coordination is the real bottleneck, not robot speed.", "Strong pull for a shift report."]),
            labels=["customer-research", "interview"], by="dana", created="2024-03-15"),
        page("Interview: Kansai Logistics", interview(
            "関西ロジスティクス株式会社 (Kansai Logistics)", "2024-04-02", "倉庫長 (warehouse chief), via interpreter",
            ["ロボットが次にどのパレットを取りに来るのか、現場からは分かりません。"
             "(We cannot tell on the floor which pallet a robot will come for next.)",
             "ラップが破れたパレットで止まるのは困ります。(Stopping for torn stretch wrap is a problem.)"],
            ["Same dock visibility problem as Nordic Grocers, independently.",
             "Japanese UI matters to floor staff, less to management."],
            note(p("Interpreter notes are attached: " + att_link("kansai-interview-notes-ja.pdf") + "."))),
            labels=["customer-research", "interview"], by="dana", created="2024-04-03",
            attachments=[att("kansai-interview-notes-ja.pdf", 188201)]),
        page("Interview: Pacific Parts", interview(
            "Pacific Parts, Auckland", "2024-05-07", "Operations director",
            ["We moved to robots to run a night shift without people. Tell me what happened at 3 a.m."],
            ["Night shifts want an exception report, not a live map.",
             "Would pay for usage-based pricing because volumes are seasonal."]),
            labels=["customer-research", "interview"], by="dana", created="2024-05-08"),
    ])
    research = folder("Customer research", by="dana", created="2024-03-11", kids=[
        interviews,
        page("Research synthesis: pallet handling pain points", synthesis(),
             labels=["customer-research", "design-doc"], by="dana", created="2024-05-20",
             attachments=[att("affinity-map-2024.pdf", 933120)]),
    ])
    prds = page("Product requirements", cat(
        p("One PRD per initiative. Start from the structure of an existing PRD."), children(depth=2)),
        labels=["prd"], by="dana", created="2023-09-04", kids=[
        page("PRD: Pallet Mover PM-2", prd_pm2(), labels=["prd", "pm-2", "design-doc"], by="dana",
             created="2024-01-22", attachments=[att("pm2-render.png", 1204992, "industrial design v3")], kids=[
            page("PM-2 launch checklist", launch_checklist(), labels=["pm-2", "launch", "checklist"], by="dana"),
        ]),
        page("PRD: Fleet Dashboard v2", prd_dashboard(), labels=["prd", "dashboard"], by="dana",
             created="2024-06-25", kids=[
            page("Dashboard v2 wireframes review", wireframes(), labels=["dashboard", "design-review"], by="dana",
                 created="2024-11-20", attachments=[att("dashboard-v2-map.png", 210345),
                                                    att("dashboard-v2-dock.png", 188004)]),
        ]),
        page("PRD: Zone-based speed limits", prd_zones(), labels=["prd", "zones"], by="dana", created="2024-04-15"),
    ])
    comms = page("Release communications", cat(
        p("Customer-facing release notes. Engineering notes with the technical detail are in "
          + page_link("Release Notes", "ENG", "the Engineering space") + "."), children()),
        labels=["release-notes"], by="dana", created="2024-03-20", kids=[
        page("What's new in FleetOS 4.2", customer_notes(
            "4.2", "2024-09-10",
            ["Speed zones can now follow a weekly schedule, for example slower robots during night cleaning.",
             "Charging stations update more safely and stop automatically if something looks wrong."],
            []), labels=["release-notes", "customer-facing"], by="dana", created="2024-09-10"),
        page("What's new in FleetOS 5.0 (beta)", customer_notes(
            "5.0", "2025-06-17",
            ["Missions can move pallets between two neighbouring buildings " + status("Beta", "Blue") + ".",
             "The new fleet dashboard shows what every robot will do next."],
            ["Shift reports are in English only; Japanese and Korean follow in Q4."]),
            labels=["release-notes", "customer-facing", "beta"], by="dana", created="2025-06-18"),
    ])
    meetings = page("Product meeting notes", cat(
        p("Roadmap reviews and pricing councils. Decisions recorded here hold until a later meeting revisits "
          "them."), children(sort="creation")), labels=["meeting-notes"], by="dana",
                    created="2025-02-11", kids=[
        page("2025-02-11 Roadmap review", meeting(
            "2025-02-11", ["dana", "alice", "bob"],
            ["Q1 progress", "Multi-site missions: build or partner?", "Korean UI timing"],
            ["Build multi-site missions ourselves; no partner has the scheduler integration.",
             "Korean and Japanese UI move to Q4."],
            [(True, "Dana: update the 2025 roadmap"), (False, "Alice: effort estimate for ADR-009")]),
            labels=["meeting-notes", "roadmap"], by="dana", created="2025-02-11"),
        page("2025-03-04 Pricing council", meeting(
            "2025-03-04", ["dana", "farid"],
            ["Usage-based pilot customers", "Discount approval limits"],
            ["Pilot with Pacific Parts and one Japanese customer.", "Sales may discount up to 8&nbsp;% alone."],
            [(False, "Dana: pilot contracts"), (True, "Dana: update the pricing page")]),
            labels=["meeting-notes", "pricing"], by="dana", created="2025-03-04"),
    ])
    home_page = page("Product Home", home(), labels=["home"], by="dana", created="2023-09-04",
                     kids=[roadmaps, research, prds,
                           page("Pricing and packaging", pricing(), labels=["pricing", "confidential"], by="dana",
                                created="2024-02-05", version=12),
                           comms, meetings])
    return space("PROD", "Product", "Roadmaps, customer research, product requirements and pricing.",
                 by="dana", created="2023-09-04", until="2025-10-31", roots=[home_page])
