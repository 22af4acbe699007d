"""ARCH: the archived space of WarehouseBot v1, the retired first-generation robot."""

from model import att, page, space
from storage import (att_link, cat, children, code, emo, excerpt, h, img, info, jira, noformat, note, ol, p,
                     page_link, status, table, tasks, time, ul, user, warning)
from users import ID

BOB, CHEN, ALICE = ID["bob"], ID["chen"], ID["alice"]


def home():
    return cat(
        warning(p("<strong>Archived.</strong> WarehouseBot v1 (WB1) was retired on " + time("2023-12-31")
                  + ". This space is read-only and kept for reference. Current documentation is in "
                  + page_link("Engineering Home", "ENG", "the Engineering space") + "."), title="Archived space"),
        excerpt(p("Design documents, release notes and postmortems of WarehouseBot v1, 2022&ndash;2023.")),
        children(depth=2),
    )


def hardware():
    return cat(
        table(["Part", "WB1", "PM-1 (successor)"], [
            ["Payload", "600&nbsp;kg", "1,000&nbsp;kg"], ["Battery", "24&nbsp;V lead-acid", "48&nbsp;V LiFePO4"],
            ["Sensors", "2D LiDAR, bumpers", "2&times; 2D safety LiDAR, 3D LiDAR, 2 cameras"],
            ["Controller", ("single board, no separate safety MCU", {"colspan": "2"})],
        ]),
        img("wb1-photo.jpg", caption="WB1 at the first pilot site, 2022", width=420),
        children(),
    )


def drivetrain():
    return cat(
        p("Differential drive with two brushed DC motors and worm gearboxes. The worm gears made the robot "
          "self-braking but limited top speed to 0.9&nbsp;m/s."),
        note(p("Gearbox wear was the most common field failure: replacement every 14 months on average.")),
    )


def wb1_release(version, date, items, final=False):
    return cat(
        p("Released " + time(date) + (" " + status("Final release", "Grey") if final else "")),
        ul(*items),
    )


def path_planner():
    return cat(
        p("WB1 planned on a static grid of 10&nbsp;cm cells with A*. Dynamic obstacles made the robot stop and "
          "wait, never re-plan."),
        code('''
            public List<Cell> plan(Cell start, Cell goal) {
                PriorityQueue<Node> open = new PriorityQueue<>(Comparator.comparingDouble(n -> n.f));
                Map<Cell, Double> best = new HashMap<>();
                open.add(new Node(start, 0, heuristic(start, goal), null));
                while (!open.isEmpty()) {
                    Node n = open.poll();
                    if (n.cell.equals(goal)) return n.path();
                    for (Cell next : grid.neighbours(n.cell)) {
                        double g = n.g + grid.cost(n.cell, next);
                        if (g < best.getOrDefault(next, Double.MAX_VALUE)) {
                            best.put(next, g);
                            open.add(new Node(next, g, g + heuristic(next, goal), n));
                        }
                    }
                }
                return List.of();
            }
            ''', lang="java", title="Planner.java (2022)"),
        p("Replaced in FleetOS by the site-graph planner; see " + page_link("Mission scheduler internals", "ENG") + "."),
    )


def floor_sensor_pm():
    return cat(
        table(None, [["Date", time("2022-07-19")], ["Severity", status("SEV-2", "Yellow")],
                     ["Author", user(CHEN)]], header_col=True),
        h(2, "Summary"),
        p("Reflective floor markings at a new customer site made the cliff sensors report a drop. Robots stopped "
          "every few metres for three days."),
        h(2, "What we learned"),
        ul("Test sensors on the customer's actual floor before go-live.",
           "A sensor that can stop the robot needs a way to be tuned per site."),
        noformat('''
            2022-07-19T08:14:02Z WB1-031 cliff_sensor=FL value=0.82 threshold=0.60 -> STOP
            2022-07-19T08:14:09Z WB1-031 cliff_sensor=FL value=0.31 threshold=0.60 -> CLEAR
            2022-07-19T08:14:11Z WB1-031 cliff_sensor=FR value=0.79 threshold=0.60 -> STOP
            '''),
    )


def decommission():
    return cat(
        p("Plan for retiring the remaining 140 WB1 robots by the end of 2023."),
        tasks((True, "Offer PM-1 trade-in to all WB1 customers"), (True, "Last spare parts order"),
              (True, "Switch off the WebSocket gateway"), (True, "Recycle lead-acid batteries through a certified partner"),
              (True, "Archive this space")),
        p("Recycling certificates: " + att_link("recycling-certificates-2023.pdf") + "."),
    )


def build():
    home_page = page("WarehouseBot v1 Home", home(), labels=["home", "archived"], by="chen", created="2022-01-10",
                     modified="2023-12-31T17:00:00Z", version=19, kids=[
        page("WB1 hardware overview", hardware(), labels=["hardware", "wb1"], by="chen",
             attachments=[att("wb1-photo.jpg", 780443)], kids=[
            page("WB1 drive train", drivetrain(), labels=["hardware", "wb1"], by="chen"),
        ]),
        page("WB1 release notes", cat(p("Notes of the last two WB1 versions. Notes for 1.0 to 1.3 were lost in the "
                                            "2022 wiki migration."), children()), labels=["release-notes", "wb1"], by="bob", created="2022-03-01", kids=[
            page("WB1 1.4 release notes", wb1_release("1.4", "2022-03-01", [
                "Night mode: slower and quieter between 22:00 and 06:00.",
                "Cliff sensor threshold configurable per site (after the July incident it became mandatory)."]),
                labels=["release-notes", "wb1"], by="bob", created="2022-03-01", version=3),
            page("WB1 1.5 release notes", wb1_release("1.5", "2022-11-15", [
                "Last feature release: battery health report.",
                "Security fixes for the WebSocket gateway (" + jira("WB-702") + ")."], final=True),
                labels=["release-notes", "wb1"], by="bob", created="2022-11-15", version=2),
        ]),
        page("WB1 design docs", cat(p("WB1 designs that are still worth reading, mostly as a record of what FleetOS "
                                          "changed and why."), children()), labels=["design-doc", "wb1"], by="alice", created="2022-01-17", kids=[
            page("WB1 path planner (A* on a grid)", path_planner(), labels=["design-doc", "wb1"], by="alice",
                 created="2022-01-17"),
        ]),
        page("WB1 postmortems", cat(p("Incidents from the WB1 years. The format predates the blameless template used "
                                          "in the Operations space today."), children()), labels=["postmortem", "wb1"], by="chen", created="2022-07-25", kids=[
            page("PM-2022-07: Floor markings triggered cliff sensors", floor_sensor_pm(),
                 labels=["postmortem", "wb1"], by="chen", created="2022-07-25"),
        ]),
        page("WB1 decommissioning plan", decommission(), labels=["wb1", "checklist"], by="bob", created="2023-06-01",
             attachments=[att("recycling-certificates-2023.pdf", 355812)]),
    ])
    return space("ARCH", "WarehouseBot v1 (archived)",
                 "Archived documentation of the retired WarehouseBot v1 robot, 2022-2023.",
                 by="chen", created="2022-01-10", until="2023-12-31", roots=[home_page], status="archived",
                 line_breaks=True)
