"""Invented participants for class-dashboard tests and the facilitator check: ten workspaces
shaped like a real class (own edited answers and untouched drafts, pitfalls, unrated roles,
skills named the way people name them: "Excel (pivot tables)", "managing a team of 6",
"Data Visualization", "handling angry customers"). All people and employers are invented."""

from __future__ import annotations

from workshop.model import Answer, Ratings, Result, Role, Skill, TargetRole, Workspace

L = ("novice", "advanced beginner", "competent", "proficient", "expert")


def _skill(name: str, before: int, after: int, used: str = "") -> Skill:
    return Skill(name, L[before], L[after], used)


def _role(rid, title, org, start, end, skills, results, ratings, enjoyment=None) -> Role:
    return Role(id=rid, title=title, organization=org, start=start, end=end,
                skills=[_skill(*s) for s in skills],
                results=[Result(*r) for r in results],
                ratings=Ratings(*ratings) if ratings else Ratings(), enjoyment=enjoyment)


# (target title, goals, roles, answer role id, answer text or "" for the draft)
PEOPLE = [
    ("Data Analyst", ["build dashboards", "automate reporting"], [
        ("a1", "Store Supervisor", "Brightmart", "2017-02", "2020-06",
         [("Excel (pivot tables)", 1, 3, "built the regional sales tracker at my next job"),
          ("managing a team of 6", 0, 2), ("rota planning", 1, 3)],
         [("I helped the store to cut stock write-offs", "write-offs", 15, "%", "department")],
         (4, 4, 3), 3),
        ("a2", "Junior Analyst", "Quayside Insurance", "2020-07", None,
         [("SQL queries", 0, 3, "wrote the churn queries the pricing team still uses"),
          ("Data Visualization", 1, 3), ("Power BI dashboards", 0, 2)],
         [("I automated the weekly claims report", "hours", 6, "hours a week", "team")],
         (5, 4, 5), 4)],
     "a2", "At Quayside I went from never having written SQL to building the churn queries the "
           "pricing team still runs. I helped the company to save six hours a week by automating "
           "the claims report, and my Power BI dashboards replaced three spreadsheets."),
    ("Customer Success Manager", ["reduce churn", "onboard clients"], [
        ("b1", "Call Centre Agent", "Northline Energy", "2016", "2019",
         [("handling angry customers", 0, 3), ("phone skills", 1, 3),
          ("CRM (Salesforce)", 0, 2)],
         [("I helped the team to raise first-call resolution", "resolution", 12, "%", "team")],
         (4, 3, 4), 2),
        ("b2", "Account Coordinator", "Fennel Software", "2019", None,
         [("client onboarding", 1, 3, "ran onboarding for our 40 biggest accounts"),
          ("renewals", 0, 2), ("presenting to clients", 1, 2)],
         [("I helped the company to keep more clients", "churn", 8, "%", "company")],
         (4, 5, 5), 5)],
     "b2", "Honestly the best part was the amazing team and the fun Friday socials. I also got "
           "promoted after a year, which was great."),
    ("Logistics Planner", ["cut delivery costs", "improve on-time delivery"], [
        ("c1", "Delivery Driver", "Swiftbox", "2015", "2018",
         [("multi-drop delivery", 1, 3), ("route planning", 0, 2)],
         [("I kept my on-time rate above target", "on-time", 97, "%", "team")],
         (3, 3, 4), 4),
        ("c2", "Transport Clerk", "Keel Freight", "2018", None,
         [("route optimisation", 1, 3, "planned routes for 30 vans"),
          ("Excel skills", 1, 2), ("dealing with hauliers", 0, 2)],
         [("I helped the depot to cut fuel costs", "fuel", 9, "%", "department")],
         None, 3)],
     "", ""),
    ("Primary Teacher", ["raise reading levels"], [
        ("d1", "Teaching Assistant", "Oakfield Primary", "2018", "2021",
         [("1:1 reading support", 0, 3), ("classroom behaviour management", 0, 2),
          ("lesson prep", 0, 2)],
         [("I helped pupils in my group to move up two reading bands", "bands", 2, "bands",
           "team")],
         (5, 4, 5), 5),
        ("d2", "Summer Camp Leader", "Camp Wildwood", "2017", "2017",
         [("keeping kids safe", 0, 2), ("organising activities", 1, 2)], [],
         (3, 1, 2), 5)],
     "d1", "As a teaching assistant I learned to run 1:1 reading sessions, moving from novice to "
           "competent, and I helped my group of eight pupils move up two reading bands in a "
           "year. I used those phonics skills later when I planned lessons on placement."),
    ("Operations Manager", ["reduce costs", "lead a team of 8"], [
        ("e1", "Warehouse Team Leader", "Pallet Kings", "2014", "2019",
         [("people management", 1, 3, "led 12 pickers at my next job"),
          ("Lean / 5S", 0, 2), ("WMS (Manhattan)", 1, 3), ("forklift (counterbalance)", 2, 3)],
         [("I helped the site to cut picking errors", "errors", 40, "%", "department")],
         (4, 5, 5), 3),
        ("e2", "Shift Manager", "ColdStore UK", "2019", None,
         [("budgets", 0, 2), ("health & safety", 1, 3), ("recruitment", 0, 2)],
         [("I reduced agency staff spend", "spend", 60000, "£", "company")],
         (3, 4, 4), 2)],
     "e1", "At Pallet Kings I grew from a picker into a team leader: I learned lean methods and "
           "people management. I helped the site to cut picking errors by 40%."),
    ("Marketing Executive", ["grow social audience", "run campaigns"], [
        ("f1", "Intern", "Loop Media", "2022-06", "2022-09",
         [("Instagram", 1, 2), ("Canva", 0, 2), ("copy writing", 0, 1)], [],
         (2, None, 3), 5),
        ("f2", "Marketing Assistant", "Greenleaf Foods", "2022-10", None,
         [("email campaigns (Mailchimp)", 0, 3, "ran the spring launch campaign"),
          ("Google Analytics", 0, 2), ("SEO", 0, 2)],
         [("I helped the company to grow newsletter sign-ups", "sign-ups", 35, "%", "company")],
         (4, 4, 4), 3)],
     "", ""),
    ("Software Developer", ["ship features faster", "improve test coverage"], [
        ("g1", "Bootcamp Student", "CodeForge Bootcamp", "2023-01", "2023-06",
         [("JavaScript", 0, 2), ("React", 0, 2), ("Git/GitHub", 0, 2)], [],
         (4, None, None), 5),
        ("g2", "Lab Technician", "Heron Labs", "2016", "2022",
         [("lab techniques", 2, 4), ("python scripting", 0, 2, "automated the plate reader export"),
          ("troubleshooting equipment", 1, 3)],
         [("I automated the data export", "hours", 4, "hours a week", "team")],
         (3, 3, 4), 2)],
     "g2", "I enjoyed the lab but I hated my manager, who micromanaged everything. I learned "
           "some Python there."),
    ("HR Advisor", ["improve retention", "run recruitment"], [
        ("h1", "Receptionist", "Mill House Hotel", "2015", "2018",
         [("front desk", 1, 3), ("guest complaints", 0, 2)], [], None, 4),
        ("h2", "HR Administrator", "Brindle & Co", "2018", None,
         [("payroll", 0, 3), ("interviewing", 0, 2, "ran first interviews for 30 roles"),
          ("employee relations", 0, 2), ("GDPR", 0, 1)],
         [("I helped the company to cut time to hire", "days", 10, "days", "company")],
         (4, 4, 5), 3)],
     "h2", "At Brindle I grew my recruitment skills from novice to competent and used them "
           "later to run first interviews for 30 roles. I helped the company to cut time to "
           "hire by 10 days, which speaks to your goal to run recruitment."),
    ("Project Coordinator", ["deliver projects on time"], [
        ("i1", "Events Assistant", "Civic Halls", "2016", "2019",
         [("event management", 0, 3, "organised the 2022 charity gala"),
          ("supplier negotiations", 0, 2), ("budget tracking", 0, 2)],
         [("I helped the venue to raise bookings", "bookings", 20, "%", "department")],
         (5, 5, 5), 4),
        ("i2", "Office Administrator", "Tarn Architects", "2019", None,
         [("diary management", 1, 3), ("MS Office", 2, 3), ("Jira", 0, 2)],
         [("I set up the project tracker", "projects", 25, "projects", "team")],
         (5, 5, 5), 2)],
     "", ""),
    ("Nurse", ["patient safety", "teamwork"], [
        ("j1", "Healthcare Assistant", "St Brigid's Hospital", "2017", "2020",
         [("patient care", 1, 3, "use it every shift as a student nurse"),
          ("taking obs", 0, 3), ("dementia care", 0, 2)],
         [("I helped the ward to reduce falls", "falls", 25, "%", "department")],
         (4, 4, 5), 4),
        ("j2", "Waitress", "Harbour Café", "2014", "2017",
         [("customer service", 1, 3), ("cash handling", 0, 2)], [], (2, 2, 2), 5)],
     "j1", "I loved working at the café because it was so much fun, but at St Brigid's I grew "
           "my patient care from advanced beginner to competent and helped the ward to reduce "
           "falls by 25%."),
]


def invented_workspaces() -> list[Workspace]:
    """The ten invented participants' workspaces."""
    out = []
    for title, goals, roles, answer_role, text in PEOPLE:
        out.append(Workspace(target_role=TargetRole(title, goals),
                             roles=[_role(*r) for r in roles],
                             answer=Answer(answer_role or None, text)))
    return out
