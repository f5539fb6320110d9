// KAM Canvas: the sample workspace (see sample_workspace.h).
// This file is UTF-8: names such as "Åsa Öberg" are stored as their UTF-8 bytes.
//
// Everything is written as tables keyed by short local names ("asa", "ceo"), so the data
// reads like a spreadsheet and references cannot drift; ids are assigned when the tables
// are turned into the model, all through Workspace::new_id().
//
// Index
// [SECTION] Table rows
// [SECTION] Our team
// [SECTION] Accounts
// [SECTION] Building the model from the tables

#include "core/sample_workspace.h"

#include <cassert>
#include <cmath>
#include <cstdio>
#include <functional>

namespace kam {

namespace {

using BR = BuyingRole;
using CP = ChessPiece;

//-----------------------------------------------------------------------------
// [SECTION] Table rows
//-----------------------------------------------------------------------------

struct PersonRow {
    const char* key;
    const char* name;
    const char* role;
    const char* email;
};

struct ContactRow {
    const char* key;
    const char* name;
    const char* title;
    const char* department;
    const char* location;
    const char* product_line;   // which of our lines this person buys or uses
    int level;
    BuyingRole role;
    ChessPiece piece;
    int power;
    int attitude;
    const char* reports_to;     // key of their manager in the same table; nullptr at the top
    const char* notes = "";
};

struct LinkRow {
    const char* from;
    const char* to;
    LinkKind kind;
    int strength;
};

struct CoverageRow {
    const char* person;
    const char* contact;
    int strength;
    const char* last_contact;
};

struct ActionRow {
    const char* text;
    const char* owner;
    const char* due;
    bool done;
};

struct ReviewRow {
    const char* date;
    ReviewKind kind;
    const char* reviewer;
    const char* notes;
};

// Marks a month without a figure in the forecast/actual rows.
constexpr double kNone = -1.0;

struct AccountSpec {
    const char* name;
    const char* industry;
    int industry_rank;
    const char* competitive_position;
    const char* notes;
    const char* manager;                    // person key
    const char* mentor;                     // person key or nullptr
    std::vector<const char*> team;          // person keys
    Stage stage;
    double annual_sales;                    // EUR
    std::vector<double> scores;             // in the order of make_empty_workspace()'s criteria
    const char* override_tier = nullptr;
    const char* override_reason = nullptr;
    std::vector<ContactRow> contacts;       // reports-to links come from ContactRow::reports_to
    std::vector<LinkRow> links;             // influence and conflict
    std::vector<CoverageRow> coverage;
    std::vector<const char*> strengths, weaknesses, opportunities, threats;
    const char* value_added = "";
    std::vector<Objective> objectives;
    std::vector<ActionRow> actions;
    std::vector<double> forecast_k;         // thousands of EUR, Jan..Dec 2026; kNone = no figure
    std::vector<double> actual_k;           // thousands of EUR from Jan 2026, closed months only
    std::vector<ReviewRow> reviews;
};

//-----------------------------------------------------------------------------
// [SECTION] Our team
//-----------------------------------------------------------------------------

// Helix Automation: warehouse and production automation, IoT condition monitoring and the
// service contracts that keep both running. The e-mail domain is reserved (RFC 2606).
const PersonRow kTeam[] = {
    {"asa",      "Åsa Öberg",           "Key account manager",         "asa.oberg@helix-automation.example"},
    {"carmen",   "Carmen Ñuñez",        "Key account manager",         "carmen.nunez@helix-automation.example"},
    {"matteo",   "Matteo Bianchi",      "Key account manager",         "matteo.bianchi@helix-automation.example"},
    {"katerina", "Kateřina Dvořáková",  "Business development manager","katerina.dvorakova@helix-automation.example"},
    {"margaux",  "Margaux Lefèvre",     "Sales director (mentor)",     "margaux.lefevre@helix-automation.example"},
    {"jurgen",   "Jürgen Groß",         "Solution architect",          "juergen.gross@helix-automation.example"},
    {"lukasz",   "Łukasz Nowak",        "Service delivery manager",    "lukasz.nowak@helix-automation.example"},
    {"eero",     "Eero Mäkinen",        "IoT platform lead",           "eero.makinen@helix-automation.example"},
    {"ana",      "Ana Rodrigues",       "Customer success manager",    "ana.rodrigues@helix-automation.example"},
    {"siobhan",  "Siobhán Byrne",       "Finance controller",          "siobhan.byrne@helix-automation.example"},
};

//-----------------------------------------------------------------------------
// [SECTION] Accounts
//-----------------------------------------------------------------------------

// The flagship: a full relationship map, five levels deep, in four cities.
AccountSpec nordhavn_logistics() {
    return {
        .name = "Nordhavn Logistics",
        .industry = "Logistics and warehousing",
        .industry_rank = 3,
        .competitive_position = "Preferred automation supplier in Denmark; a large PLC vendor is the incumbent in Hamburg",
        .notes = "2026-09: 'Nordhavn 2030' announced: DKK 1.2 bn to automate its Nordic distribution centres by 2028.\n"
                 "2026-06: new Chief Procurement Officer (Katrine Vestergaard, from a retail group).\n"
                 "2026-03: Q1 report: volumes +7 %, margin pressure from energy costs.",
        .manager = "asa",
        .mentor = "margaux",
        .team = {"asa", "jurgen", "lukasz", "eero", "ana", "siobhan"},
        .stage = Stage::Delivery,
        .annual_sales = 4'200'000,
        .scores = {9, 7, 9, 8, 7},
        .contacts = {
            // key            name                    title                                   department         location      product line                level role              piece      pow att reports to
            {"ceo",           "Mette Kjær Sørensen",  "Chief Executive Officer",              "Executive board", "Copenhagen", "All lines",                0, BR::DecisionMaker, CP::King,   5,  1, nullptr,
             "Owns 'Nordhavn 2030'. Meets us twice a year; wants one KPI view across all sites."},
            {"coo",           "Anders Holm",          "Chief Operating Officer",              "Executive board", "Copenhagen", "All lines",                1, BR::DecisionMaker, CP::Queen,  5,  2, "ceo",
             "Our champion since the Aarhus go-live. Former site manager: talks in downtime minutes, not features."},
            {"cfo",           "Birgitte Dahl",        "Chief Financial Officer",              "Executive board", "Copenhagen", "All lines",                1, BR::Influencer,    CP::Rook,   4,  0, "ceo",
             "Prefers service fees over capex. Asked for a 5-year TCO comparison."},
            {"cto",           "Lars Bech",            "Chief Technology Officer",             "Executive board", "Copenhagen", "IoT platform",             1, BR::Specifier,     CP::Bishop, 4,  1, "ceo"},
            {"cpo",           "Katrine Vestergaard",  "Chief Procurement Officer",            "Procurement",     "Copenhagen", "All lines",                1, BR::Gatekeeper,    CP::Rook,   4, -1, "ceo",
             "New in June 2026. Announced multi-vendor tenders for all automation spend above EUR 1 m."},
            {"vp_wh",         "Jens Mortensen",       "VP Warehouse Operations",              "Operations",      "Aarhus",     "Warehouse automation",     2, BR::DecisionMaker, CP::Knight, 4,  1, "coo"},
            {"vp_term",       "Ingrid Nilsson",       "Head of Port Terminals",               "Operations",      "Gothenburg", "Crane and asset monitoring",2, BR::Influencer,   CP::Knight, 3,  0, "coo",
             "Open to a crane pilot if we can show results from another port."},
            {"vp_de",         "Klaus Brandt",         "Managing Director Germany",            "Operations",      "Hamburg",    "Warehouse automation",     2, BR::Influencer,    CP::Knight, 3, -2, "coo",
             "Close to the incumbent PLC vendor; sees group-wide standards as a loss of local control."},
            {"quality_dir",   "Sofie Lund",           "Director of Quality and HSE",          "Quality",         "Copenhagen", "Cold-chain monitoring",    2, BR::Influencer,    CP::Bishop, 3,  1, "coo"},
            {"fin_ctrl",      "Peter Kragh",          "Group Financial Controller",           "Finance",         "Copenhagen", "All lines",                2, BR::Gatekeeper,    CP::Pawn,   2,  0, "cfo"},
            {"cio",           "Mikkel Friis",         "Head of IT",                           "IT",              "Copenhagen", "IoT platform",             2, BR::Specifier,     CP::Bishop, 3,  0, "cto"},
            {"eng_dir",       "Thomas Rasmussen",     "Director of Engineering",              "Engineering",     "Aarhus",     "Warehouse automation",     2, BR::Specifier,     CP::Bishop, 3,  2, "cto"},
            {"cat_mgr",       "Louise Jakobsen",      "Category Manager Technology",          "Procurement",     "Copenhagen", "All lines",                2, BR::Gatekeeper,    CP::Rook,   3, -1, "cpo"},
            {"site_aar",      "Rasmus Poulsen",       "Site Manager Aarhus DC",               "Operations",      "Aarhus",     "Warehouse automation",     3, BR::User,          CP::Pawn,   2,  1, "vp_wh"},
            {"site_cph",      "Camilla Bak",          "Site Manager Copenhagen DC",           "Operations",      "Copenhagen", "Warehouse automation",     3, BR::User,          CP::Pawn,   2,  0, "vp_wh"},
            {"opex",          "Nikolaj Thomsen",      "Operational Excellence Lead",          "Operations",      "Aarhus",     "Warehouse automation",     3, BR::Coach,         CP::Knight, 2,  2, "vp_wh",
             "Our coach: tells us early what the COO's staff meeting worries about."},
            {"term_ops",      "Erik Johansson",       "Terminal Operations Manager",          "Operations",      "Gothenburg", "Crane and asset monitoring",3, BR::User,         CP::Pawn,   2,  0, "vp_term"},
            {"term_maint",    "Karin Andersson",      "Maintenance Manager Terminals",        "Engineering",     "Gothenburg", "Crane and asset monitoring",3, BR::Specifier,    CP::Pawn,   2,  1, "vp_term"},
            {"de_ops",        "Stefan Krüger",        "Operations Manager Hamburg",           "Operations",      "Hamburg",    "Warehouse automation",     3, BR::User,          CP::Pawn,   2, -1, "vp_de"},
            {"de_tech",       "Anja Hoffmann",        "Technical Manager Hamburg",            "Engineering",     "Hamburg",    "Warehouse automation",     3, BR::Specifier,     CP::Pawn,   2,  0, "vp_de",
             "Curious about our condition monitoring; careful not to be seen talking to us without her MD."},
            {"qa_mgr",        "Maria Eriksen",        "Quality Manager",                      "Quality",         "Copenhagen", "Cold-chain monitoring",    3, BR::Influencer,    CP::Pawn,   2,  1, "quality_dir"},
            {"hse",           "Ole Madsen",           "HSE Manager",                          "Quality",         "Aarhus",     "Warehouse automation",     3, BR::User,          CP::Pawn,   1,  0, "quality_dir"},
            {"bus_ctrl",      "Hanne Winther",        "Business Controller Operations",       "Finance",         "Copenhagen", "All lines",                3, BR::Influencer,    CP::Pawn,   2,  0, "fin_ctrl"},
            {"ap",            "Jonas Berg",           "Accounts Payable Lead",                "Finance",         "Copenhagen", "All lines",                3, BR::None,          CP::Pawn,   1,  0, "fin_ctrl"},
            {"it_arch",       "Frederik Munk",        "Enterprise Architect",                 "IT",              "Copenhagen", "IoT platform",             3, BR::Specifier,     CP::Bishop, 3,  1, "cio"},
            {"it_sec",        "Emma Skov",            "IT Security Manager",                  "IT",              "Copenhagen", "IoT platform",             3, BR::Gatekeeper,    CP::Rook,   3, -1, "cio",
             "Blocked the cloud connector for OT networks in 2025; signed it off in September after our architecture review."},
            {"it_ops",        "Simon Lauridsen",      "IT Operations Manager",                "IT",              "Aarhus",     "IoT platform",             3, BR::User,          CP::Pawn,   2,  0, "cio"},
            {"auto_eng",      "Julie Kristensen",     "Automation Engineering Manager",       "Engineering",     "Aarhus",     "Warehouse automation",     3, BR::Specifier,     CP::Bishop, 3,  2, "eng_dir"},
            {"maint_eng",     "Martin Holst",         "Maintenance Engineering Manager",      "Engineering",     "Aarhus",     "Crane and asset monitoring",3, BR::Specifier,    CP::Pawn,   2,  1, "eng_dir"},
            {"buyer",         "Sara Iversen",         "Senior Buyer",                         "Procurement",     "Copenhagen", "All lines",                3, BR::Gatekeeper,    CP::Pawn,   2,  0, "cat_mgr"},
            {"contracts",     "Christian Møller",     "Contract Manager",                     "Procurement",     "Copenhagen", "All lines",                3, BR::Gatekeeper,    CP::Pawn,   2, -1, "cat_mgr"},
            {"shift_aar",     "Mads Nielsen",         "Shift Supervisor",                     "Operations",      "Aarhus",     "Warehouse automation",     4, BR::User,          CP::Pawn,   1,  1, "site_aar"},
            {"wms_aar",       "Line Hansen",          "WMS Super-user",                       "Operations",      "Aarhus",     "Warehouse automation",     4, BR::User,          CP::Pawn,   1,  2, "site_aar"},
            {"shift_cph",     "Ali Yilmaz",           "Shift Supervisor",                     "Operations",      "Copenhagen", "Warehouse automation",     4, BR::User,          CP::Pawn,   1,  0, "site_cph"},
            {"crane_lead",    "Johan Lindberg",       "Crane Maintenance Lead",               "Engineering",     "Gothenburg", "Crane and asset monitoring",4, BR::User,         CP::Pawn,   1,  1, "term_maint"},
            {"de_eng",        "Lena Schulz",          "Automation Engineer",                  "Engineering",     "Hamburg",    "Warehouse automation",     4, BR::User,          CP::Pawn,   1,  0, "de_tech"},
            {"qa_eng",        "Freja Dam",            "Quality Engineer",                     "Quality",         "Copenhagen", "Cold-chain monitoring",    4, BR::User,          CP::Pawn,   1,  1, "qa_mgr"},
            {"data_eng",      "Oliver Søndergaard",   "Data Platform Engineer",               "IT",              "Copenhagen", "IoT platform",             4, BR::Specifier,     CP::Pawn,   1,  2, "it_arch"},
            {"cloud_eng",     "Ida Kjeldsen",         "Cloud Engineer",                       "IT",              "Copenhagen", "IoT platform",             4, BR::User,          CP::Pawn,   1,  1, "it_arch"},
            {"ot_sec",        "Viktor Bruun",         "OT Security Analyst",                  "IT",              "Copenhagen", "IoT platform",             4, BR::Gatekeeper,    CP::Pawn,   1, -1, "it_sec"},
            {"controls_eng",  "Emil Vinther",         "Controls Engineer",                    "Engineering",     "Aarhus",     "Warehouse automation",     4, BR::User,          CP::Pawn,   1,  2, "auto_eng"},
            {"robot_eng",     "Astrid Juhl",          "Robotics Engineer",                    "Engineering",     "Aarhus",     "Warehouse automation",     4, BR::User,          CP::Pawn,   1,  1, "auto_eng"},
            {"reliability",   "Tobias Lykke",         "Reliability Engineer",                 "Engineering",     "Aarhus",     "Crane and asset monitoring",4, BR::User,         CP::Pawn,   1,  1, "maint_eng"},
            {"buyer_jr",      "Signe Krogh",          "Buyer",                                "Procurement",     "Copenhagen", "All lines",                4, BR::Gatekeeper,    CP::Pawn,   1,  0, "buyer"},
        },
        .links = {
            {"coo",         "ceo",        LinkKind::Influence, 3},
            {"cfo",         "ceo",        LinkKind::Influence, 3},
            {"vp_wh",       "coo",        LinkKind::Influence, 3},
            {"opex",        "vp_wh",      LinkKind::Influence, 3},
            {"eng_dir",     "cto",        LinkKind::Influence, 2},
            {"auto_eng",    "eng_dir",    LinkKind::Influence, 2},
            {"it_arch",     "cio",        LinkKind::Influence, 3},
            {"it_sec",      "cio",        LinkKind::Influence, 2},
            {"data_eng",    "it_arch",    LinkKind::Influence, 1},
            {"cat_mgr",     "cpo",        LinkKind::Influence, 3},
            {"vp_de",       "cpo",        LinkKind::Influence, 2},
            {"bus_ctrl",    "cfo",        LinkKind::Influence, 2},
            {"qa_mgr",      "quality_dir",LinkKind::Influence, 2},
            {"term_maint",  "vp_term",    LinkKind::Influence, 2},
            // Why each conflict matters: procurement wants every conversation to go through
            // them; Hamburg's MD guards his engineers; IT security distrusts OT engineering.
            {"cpo",         "coo",        LinkKind::Conflict,  2},
            {"vp_de",       "de_tech",    LinkKind::Conflict,  3},
            {"it_sec",      "eng_dir",    LinkKind::Conflict,  2},
        },
        .coverage = {
            {"margaux", "ceo",          2, "2026-09-18"},
            {"asa",     "ceo",          2, "2026-09-18"},
            {"asa",     "coo",          3, "2026-10-22"},
            {"asa",     "cfo",          1, "2026-06-03"},
            {"asa",     "cpo",          1, "2026-08-27"},
            {"asa",     "vp_wh",        3, "2026-10-15"},
            {"asa",     "vp_term",      1, "2026-04-09"},
            {"asa",     "opex",         3, "2026-10-28"},
            {"jurgen",  "cto",          2, "2026-09-02"},
            {"jurgen",  "cio",          2, "2026-09-24"},
            {"jurgen",  "it_arch",      3, "2026-10-20"},
            {"jurgen",  "it_sec",       2, "2026-09-24"},
            {"jurgen",  "eng_dir",      3, "2026-10-08"},
            {"jurgen",  "auto_eng",     3, "2026-10-27"},
            {"jurgen",  "de_tech",      1, "2026-05-12"},
            {"lukasz",  "vp_wh",        2, "2026-10-01"},
            {"lukasz",  "site_aar",     3, "2026-10-29"},
            {"lukasz",  "site_cph",     2, "2026-10-14"},
            {"lukasz",  "term_ops",     1, "2026-03-17"},
            {"lukasz",  "maint_eng",    2, "2026-10-06"},
            {"lukasz",  "hse",          1, "2026-07-01"},
            {"eero",    "data_eng",     3, "2026-10-26"},
            {"eero",    "cloud_eng",    2, "2026-10-19"},
            {"eero",    "ot_sec",       1, "2026-09-24"},
            {"eero",    "reliability",  2, "2026-10-12"},
            {"eero",    "term_maint",   1, "2026-02-25"},
            {"ana",     "wms_aar",      3, "2026-10-30"},
            {"ana",     "shift_aar",    2, "2026-10-30"},
            {"ana",     "qa_mgr",       1, "2026-08-11"},
            {"siobhan", "fin_ctrl",     2, "2026-10-05"},
            {"siobhan", "bus_ctrl",     1, "2026-09-09"},
            {"siobhan", "ap",           2, "2026-10-21"},
            {"siobhan", "contracts",    0, "2026-01-20"},
        },
        .strengths = {
            "Running the Aarhus DC automation since 2024: 99.6 % availability in 2026",
            "The COO is an open champion and our coach sits in his staff meeting",
            "Our IoT platform already collects data from 1,800 assets on three sites",
        },
        .weaknesses = {
            "Thin coverage in Hamburg and at the Gothenburg terminals",
            "No real relationship with the new CPO; procurement sees us as expensive",
            "Finance only knows us through invoices",
        },
        .opportunities = {
            "'Nordhavn 2030': three more DCs to automate by 2028 (tender expected Q1 2027)",
            "Predictive maintenance for the 40 ship-to-shore cranes in Gothenburg",
            "Cold-chain monitoring for the new pharma logistics line in Copenhagen",
        },
        .threats = {
            "The incumbent in Hamburg offers a group-wide frame agreement at a discount",
            "A cost programme may freeze capex in the first half of 2027",
            "Multi-vendor tenders could split the platform across suppliers",
        },
        .value_added =
            "We cut unplanned downtime in Aarhus by 38 % and can show it per asset. For Nordhavn 2030 we "
            "bring one platform for warehouse automation, cranes and cold chain, run by one service team: "
            "the COO gets comparable KPIs across sites and the CFO one predictable service fee.",
        .objectives = {
            {"Be named preferred automation partner for Nordhavn 2030 by March 2027", false},
            {"Win the Gothenburg crane predictive-maintenance pilot (EUR 600k)", false},
            {"Get IT security sign-off for the OT cloud connector", true},
        },
        .actions = {
            {"Joint value workshop with the COO and CFO on the Aarhus results",           "asa",     "2026-11-20", false},
            {"Security architecture review of the OT connector with Emma Skov",           "jurgen",  "2026-09-30", true},
            {"Propose a crane condition-monitoring pilot to Ingrid Nilsson",              "eero",    "2026-12-04", false},
            {"Invite Klaus Brandt and Anja Hoffmann to a reference visit in Aarhus",      "lukasz",  "2026-11-27", false},
            {"Five-year total-cost-of-ownership model for procurement and finance",       "siobhan", "2026-12-15", false},
        },
        .forecast_k = {310, 320, 345, 350, 360, 380, 330, 300, 390, 410, 420, 455},
        .actual_k   = {298, 331, 352, 318, 371, 402, 315, 287, 405, 396},
        .reviews = {
            {"2026-01-27", ReviewKind::Executive, "asa",     "Year kick-off with Anders Holm: 2026 priorities are Aarhus phase 2 and energy savings."},
            {"2026-02-24", ReviewKind::Executive, "asa",     "Phase 2 scope signed. Availability 99.4 % in January."},
            {"2026-02-26", ReviewKind::Mentor,    "margaux", "Coverage is strong in operations, weak in finance and procurement. Get Siobhán in front of the CFO's team."},
            {"2026-03-30", ReviewKind::Executive, "asa",     "Q1 on plan. Jens Mortensen asked for a monthly downtime report per asset."},
            {"2026-04-28", ReviewKind::Executive, "asa",     "April below forecast: Copenhagen go-live slipped two weeks (their WMS upgrade)."},
            {"2026-05-26", ReviewKind::Executive, "asa",     "Copenhagen live. First talk about cold-chain sensors with Sofie Lund."},
            {"2026-06-29", ReviewKind::Executive, "asa",     "New CPO announced multi-vendor tenders; we must prove value in money, not uptime."},
            {"2026-06-30", ReviewKind::Mentor,    "margaux", "Map the new CPO's network; Louise Jakobsen is the way in. Start the TCO model now."},
            {"2026-07-28", ReviewKind::Executive, "asa",     "Summer slowdown as expected. OT connector still blocked by IT security."},
            {"2026-08-25", ReviewKind::Executive, "asa",     "Architecture review with Emma Skov scheduled; Jürgen leads."},
            {"2026-09-29", ReviewKind::Executive, "asa",     "Nordhavn 2030 announced. OT connector signed off. Record month."},
            {"2026-10-27", ReviewKind::Executive, "asa",     "October slightly below forecast (spare parts moved to November). Hamburg still closed to us."},
            {"2026-10-29", ReviewKind::Mentor,    "margaux", "Build the Nordhavn 2030 bid team now. Executive dinner with the CEO before Christmas."},
        },
    };
}

AccountSpec vellmar_chemie() {
    return {
        .name = "Vellmar Chemie",
        .industry = "Specialty chemicals",
        .industry_rank = 5,
        .competitive_position = "Challenger: two larger automation vendors already run their batch plants",
        .notes = "2026-08: Vellmar to build a new coatings plant in Antwerp (start of production 2028).",
        .manager = "matteo",
        .mentor = "margaux",
        .team = {"matteo", "jurgen", "siobhan"},
        .stage = Stage::Negotiation,
        .annual_sales = 650'000,
        .scores = {8, 6, 7, 5, 6},
        .contacts = {
            {"ceo",      "Dr. Helmut Vogt",     "Chief Executive Officer",           "Executive board", "Mannheim", "All lines",             0, BR::DecisionMaker, CP::King,   5,  0, nullptr},
            {"cto",      "Sabine Keller",       "Chief Technology Officer",          "Executive board", "Mannheim", "IoT platform",          1, BR::DecisionMaker, CP::Queen,  5,  1, "ceo",
             "Wants the Antwerp plant to be 'digital from day one'."},
            {"cfo",      "Markus Weber",        "Chief Financial Officer",           "Executive board", "Mannheim", "All lines",             1, BR::Influencer,    CP::Rook,   4, -1, "ceo"},
            {"proc",     "Jan Peeters",         "Head of Procurement",               "Procurement",     "Antwerp",  "All lines",             2, BR::Gatekeeper,    CP::Rook,   3,  0, "cfo"},
            {"proj",     "Lotte Janssens",      "Project Director Antwerp Plant",    "Engineering",     "Antwerp",  "Production automation", 2, BR::DecisionMaker, CP::Knight, 4,  1, "cto"},
            {"eng",      "Dr. Ralf Schneider",  "Head of Process Engineering",       "Engineering",     "Mannheim", "Production automation", 2, BR::Specifier,     CP::Bishop, 3, -1, "cto",
             "Designed the batch plants with our competitor; needs convincing on open interfaces."},
            {"it",       "Tim Becker",          "Head of IT and OT",                 "IT",              "Mannheim", "IoT platform",          2, BR::Specifier,     CP::Bishop, 3,  1, "cto"},
            {"qa",       "Eva Wouters",         "Quality Director",                  "Quality",         "Antwerp",  "Production automation", 2, BR::Influencer,    CP::Pawn,   2,  0, "cto"},
            {"buyer",    "Pieter De Smet",      "Lead Buyer Capital Projects",       "Procurement",     "Antwerp",  "All lines",             3, BR::Gatekeeper,    CP::Pawn,   2,  0, "proj"},
            {"ctrl_eng", "Nina Hartmann",       "Control Systems Lead",              "Engineering",     "Antwerp",  "Production automation", 3, BR::Coach,         CP::Knight, 2,  2, "proj",
             "Worked with us at her previous employer; shares the project timeline."},
            {"ot_arch",  "Kevin Maes",          "OT Architect",                      "IT",              "Antwerp",  "IoT platform",          3, BR::Specifier,     CP::Pawn,   2,  1, "it"},
            {"maint",    "Uwe Fischer",         "Maintenance Manager",               "Operations",      "Mannheim", "Production automation", 3, BR::User,          CP::Pawn,   1,  0, "eng"},
        },
        .links = {
            {"cto",      "ceo",  LinkKind::Influence, 3},
            {"ctrl_eng", "proj", LinkKind::Influence, 2},
            {"eng",      "cto",  LinkKind::Influence, 2},
            {"ot_arch",  "it",   LinkKind::Influence, 2},
            {"cfo",      "proc", LinkKind::Influence, 3},
            {"eng",      "proj", LinkKind::Conflict,  2},
        },
        .coverage = {
            {"matteo",  "cto",      2, "2026-10-13"},
            {"matteo",  "proj",     3, "2026-10-21"},
            {"matteo",  "proc",     1, "2026-09-30"},
            {"jurgen",  "it",       2, "2026-10-02"},
            {"jurgen",  "ctrl_eng", 3, "2026-10-23"},
            {"jurgen",  "ot_arch",  2, "2026-10-23"},
            {"jurgen",  "eng",      1, "2026-06-16"},
            {"siobhan", "cfo",      0, ""},
        },
        .strengths = {"Open, vendor-neutral IoT platform", "Nina Hartmann knows our delivery from her last job"},
        .weaknesses = {"No reference in chemicals of this size", "No access to the CFO"},
        .opportunities = {"Antwerp greenfield plant: automation and monitoring from day one"},
        .threats = {"Incumbent offers the Antwerp automation bundled with its batch-plant service contract"},
        .value_added = "A vendor-neutral data layer lets Vellmar run Antwerp and the old Mannheim plants on one KPI model.",
        .objectives = {
            {"Win the Antwerp monitoring package (EUR 2.1 m) by Q1 2027", false},
            {"Get a meeting with the CFO before the final offer", false},
        },
        .actions = {
            {"Reference call with a chemicals customer for Dr. Schneider", "jurgen",  "2026-11-14", false},
            {"Financing options (lease vs. buy) for the CFO",              "siobhan", "2026-11-30", false},
            {"Final offer review with Lotte Janssens",                      "matteo",  "2026-12-10", false},
        },
        .forecast_k = {40, 40, 45, 45, 50, 50, 50, 55, 55, 60, 60, 60},
        .actual_k   = {38, 41, 44, 47, 49, 52, 48, 55, 57, 58},
        .reviews = {
            {"2026-04-21", ReviewKind::Executive, "matteo",  "Sabine Keller confirmed the Antwerp tender; we are on the long list."},
            {"2026-07-14", ReviewKind::Mentor,    "margaux", "Too dependent on one coach. Build a line to the CFO through Siobhán."},
            {"2026-10-20", ReviewKind::Executive, "matteo",  "Short list: us and the incumbent. Final offers due in December."},
        },
    };
}

AccountSpec aurelia_foods() {
    return {
        .name = "Aurelia Foods",
        .industry = "Food and beverage",
        .industry_rank = 7,
        .competitive_position = "Sole supplier for line monitoring in both plants",
        .notes = "2026-05: Aurelia acquired a dairy in Verona; integration of its two lines planned for 2027.",
        .manager = "matteo",
        .mentor = "margaux",
        .team = {"matteo", "lukasz", "ana"},
        .stage = Stage::Exploitation,
        .annual_sales = 1'100'000,
        .scores = {6, 7, 6, 8, 7},
        .contacts = {
            {"ceo",    "Giovanni Ferraro",  "Chief Executive Officer",        "Executive board", "Parma",  "All lines",             0, BR::DecisionMaker, CP::King,   5,  1, nullptr},
            {"coo",    "Francesca Greco",   "Chief Operating Officer",        "Executive board", "Parma",  "Production automation", 1, BR::DecisionMaker, CP::Queen,  5,  2, "ceo"},
            {"cfo",    "Paolo Marino",      "Chief Financial Officer",        "Finance",         "Parma",  "All lines",             1, BR::Influencer,    CP::Rook,   4,  0, "ceo"},
            {"plant_p","Luca Conti",        "Plant Director Parma",           "Operations",      "Parma",  "Production automation", 2, BR::User,          CP::Knight, 3,  1, "coo"},
            {"plant_v","Chiara Romano",     "Plant Director Verona",          "Operations",      "Verona", "Production automation", 2, BR::Influencer,    CP::Knight, 3, -1, "coo",
             "Came with the acquisition; used to a local integrator."},
            {"qa",     "Elena Ricci",       "Food Safety and Quality Manager","Quality",         "Parma",  "Cold-chain monitoring", 2, BR::Specifier,     CP::Bishop, 3,  1, "coo"},
            {"proc",   "Marco Gallo",       "Purchasing Manager",             "Procurement",     "Parma",  "All lines",             2, BR::Gatekeeper,    CP::Rook,   2,  0, "cfo"},
            {"maint",  "Davide Costa",      "Maintenance Supervisor",         "Engineering",     "Parma",  "Production automation", 3, BR::User,          CP::Pawn,   1,  2, "plant_p"},
            {"it",     "Sara Fontana",      "IT Coordinator",                 "IT",              "Verona", "IoT platform",          3, BR::User,          CP::Pawn,   1,  0, "plant_v"},
        },
        .links = {
            {"coo",     "ceo",     LinkKind::Influence, 3},
            {"qa",      "coo",     LinkKind::Influence, 2},
            {"maint",   "plant_p", LinkKind::Influence, 1},
            {"plant_v", "plant_p", LinkKind::Conflict,  1},
        },
        .coverage = {
            {"matteo", "coo",     3, "2026-10-07"},
            {"matteo", "ceo",     1, "2026-05-19"},
            {"matteo", "proc",    2, "2026-09-15"},
            {"lukasz", "plant_p", 3, "2026-10-16"},
            {"lukasz", "maint",   3, "2026-10-16"},
            {"lukasz", "plant_v", 1, "2026-07-22"},
            {"ana",    "qa",      2, "2026-10-09"},
            {"ana",    "it",      1, "2026-08-04"},
        },
        .strengths = {"Four years of stable service in Parma", "Francesca Greco sponsors us in the board"},
        .weaknesses = {"Verona plant sees us as Parma's supplier"},
        .opportunities = {"Bring the Verona dairy lines onto the platform in 2027"},
        .threats = {"Local integrator in Verona offers a cheaper retrofit"},
        .value_added = "Traceable line data for food-safety audits across both plants, from one service desk.",
        .objectives = {
            {"Renew the Parma service contract for three years", true},
            {"Pilot line monitoring on one Verona dairy line", false},
        },
        .actions = {
            {"Site visit in Verona with Chiara Romano", "lukasz", "2026-11-18", false},
            {"Audit-report demo for Elena Ricci",        "ana",    "2026-12-02", false},
        },
        .forecast_k = {90, 90, 90, 90, 95, 95, 95, 80, 95, 95, 95, 100},
        .actual_k   = {91, 89, 92, 90, 97, 94, 96, 78, 95, 99},
        .reviews = {
            {"2026-03-10", ReviewKind::Executive, "matteo",  "Contract renewal agreed in principle."},
            {"2026-06-09", ReviewKind::Executive, "matteo",  "Renewal signed. Verona acquisition closed."},
            {"2026-09-08", ReviewKind::Mentor,    "margaux", "Stable, but Verona is the growth: win Chiara Romano before the integrator does."},
        },
    };
}

// A young pre-sales account: few contacts, no mentor yet, no figures before the pilot.
AccountSpec castellana_aguas() {
    return {
        .name = "Castellana de Aguas",
        .industry = "Water utilities",
        .industry_rank = 2,
        .competitive_position = "Newcomer: the utility buys from a national SCADA integrator",
        .notes = "2026-07: EU grant for leak detection in the Valencia network (EUR 14 m over four years).",
        .manager = "carmen",
        .mentor = nullptr,
        .team = {"carmen", "katerina", "jurgen"},
        .stage = Stage::PreSales,
        .annual_sales = 0,
        .scores = {7, 5, 6, 2, 3},
        .contacts = {
            {"dg",    "Javier Martín Ortega", "Director General",           "Executive board", "Madrid",   "All lines",              0, BR::DecisionMaker, CP::King,   5,  0, nullptr},
            {"ops",   "Lucía Fernández",      "Director of Network Operations","Operations",   "Madrid",   "Leak detection",         1, BR::DecisionMaker, CP::Queen,  4,  1, "dg"},
            {"vlc",   "Álvaro Sánchez Ruiz",  "Network Manager Valencia",   "Operations",      "Valencia", "Leak detection",         2, BR::Influencer,    CP::Knight, 3,  2, "ops",
             "Runs the EU grant project; met us at a trade fair."},
            {"tech",  "Pilar Gómez",          "Head of Technology",         "IT",              "Madrid",   "IoT platform",           1, BR::Specifier,     CP::Bishop, 3, -1, "dg"},
            {"proc",  "Raúl Navarro",         "Procurement Manager",        "Procurement",     "Madrid",   "All lines",              2, BR::Gatekeeper,    CP::Rook,   3,  0, "dg"},
            {"field", "Marta Iglesias",       "Field Engineering Lead",     "Engineering",     "Valencia", "Leak detection",         3, BR::User,          CP::Pawn,   1,  1, "vlc"},
        },
        .links = {
            {"vlc",  "ops",  LinkKind::Influence, 2},
            {"tech", "ops",  LinkKind::Influence, 2},
            {"tech", "vlc",  LinkKind::Conflict,  1},
        },
        .coverage = {
            {"carmen",   "vlc",   3, "2026-10-19"},
            {"carmen",   "ops",   1, "2026-09-25"},
            {"katerina", "proc",  1, "2026-10-06"},
            {"jurgen",   "field", 2, "2026-10-19"},
        },
        .strengths = {"A champion who owns the grant budget"},
        .weaknesses = {"No water references in Spain", "The Head of Technology prefers the incumbent's SCADA"},
        .opportunities = {"Acoustic leak detection pilot in Valencia, funded by the EU grant"},
        .threats = {"Public tender rules may favour the incumbent's framework contract"},
        .value_added = "Fewer lost litres per kilometre of network, measured and reported for the EU grant.",
        .objectives = {{"Run a paid pilot on 20 km of the Valencia network in 2027", false}},
        .actions = {
            {"Pilot proposal with a measurement plan for the grant report", "carmen", "2026-11-25", false},
            {"Meet Pilar Gómez on SCADA integration",                      "jurgen", "2026-12-09", false},
        },
        .forecast_k = {kNone, kNone, kNone, kNone, kNone, kNone, kNone, kNone, kNone, kNone, kNone, 60},
        .actual_k = {},
        .reviews = {
            {"2026-10-23", ReviewKind::Executive, "carmen", "First meeting with Lucía Fernández: interested if the pilot fits the grant timeline."},
        },
    };
}

AccountSpec bergstrom_papper() {
    return {
        .name = "Bergström Papper",
        .industry = "Pulp and paper",
        .industry_rank = 4,
        .competitive_position = "Shared with a Finnish competitor who runs the pulp side",
        .notes = "2026-04: mill in Örnsköldsvik to close one of two paper machines by 2027.",
        .manager = "asa",
        .mentor = "margaux",
        .team = {"asa", "lukasz", "eero"},
        .stage = Stage::Review,
        .annual_sales = 900'000,
        .scores = {6, 6, 7, 7, 6},
        .contacts = {
            {"vd",     "Karl-Johan Bergström", "Verkställande direktör (CEO)", "Executive board", "Sundsvall",     "All lines",                 0, BR::DecisionMaker, CP::King,   5,  1, nullptr},
            {"tech",   "Linnéa Åkesson",       "Technical Director",           "Engineering",     "Sundsvall",     "Crane and asset monitoring",1, BR::DecisionMaker, CP::Queen,  4,  1, "vd"},
            {"cfo",    "Göran Lindholm",       "CFO",                          "Finance",         "Sundsvall",     "All lines",                 1, BR::Influencer,    CP::Rook,   4, -1, "vd",
             "Questions every service fee since the machine closure was announced."},
            {"mill",   "Petra Sjöberg",        "Mill Manager Örnsköldsvik",    "Operations",      "Örnsköldsvik",  "Crane and asset monitoring",2, BR::User,          CP::Knight, 3,  0, "tech"},
            {"maint",  "Nils Håkansson",       "Maintenance Manager",          "Engineering",     "Sundsvall",     "Crane and asset monitoring",2, BR::Specifier,     CP::Bishop, 3,  2, "tech"},
            {"proc",   "Maja Forsberg",        "Purchasing Manager",           "Procurement",     "Sundsvall",     "All lines",                 2, BR::Gatekeeper,    CP::Rook,   2,  0, "cfo"},
            {"rel",    "Oskar Wikström",       "Reliability Engineer",         "Engineering",     "Örnsköldsvik",  "Crane and asset monitoring",3, BR::User,          CP::Pawn,   1,  2, "maint"},
            {"it",     "Elin Norberg",         "OT/IT Coordinator",            "IT",              "Sundsvall",     "IoT platform",              3, BR::User,          CP::Pawn,   1,  1, "maint"},
        },
        .links = {
            {"maint", "tech", LinkKind::Influence, 3},
            {"cfo",   "vd",   LinkKind::Influence, 2},
            {"rel",   "mill", LinkKind::Influence, 1},
            {"cfo",   "maint",LinkKind::Conflict,  1},
        },
        .coverage = {
            {"asa",    "tech",  2, "2026-10-02"},
            {"asa",    "vd",    1, "2026-04-28"},
            {"asa",    "proc",  2, "2026-09-17"},
            {"lukasz", "maint", 3, "2026-10-20"},
            {"lukasz", "mill",  2, "2026-08-26"},
            {"eero",   "rel",   3, "2026-10-20"},
            {"eero",   "it",    2, "2026-09-03"},
        },
        .strengths = {"Vibration monitoring prevented two dryer-section failures in 2026"},
        .weaknesses = {"The CFO sees us as a cost, not a saving"},
        .opportunities = {"Move the monitoring from the closing machine to the remaining one"},
        .threats = {"The Finnish competitor bundles monitoring with its pulp-side service"},
        .value_added = "Avoided-downtime report per machine, in SEK, for the CFO's quarterly review.",
        .objectives = {
            {"Keep the contract through the machine closure", false},
            {"Quarterly savings report accepted by the CFO", false},
        },
        .actions = {
            {"Savings report for Q3 in SEK",                     "eero",   "2026-11-06", false},
            {"Contract review meeting with Göran Lindholm",      "asa",    "2026-11-19", false},
            {"Relocation plan for sensors on paper machine 2",   "lukasz", "2026-10-30", true},
        },
        .forecast_k = {75, 75, 75, 75, 75, 75, 70, 70, 75, 75, 75, 75},
        .actual_k   = {75, 75, 75, 75, 75, 75, 70, 70, 62, 64},
        .reviews = {
            {"2026-05-05", ReviewKind::Executive, "asa",     "Closure announced; Linnéa Åkesson wants to keep us on the remaining machine."},
            {"2026-09-22", ReviewKind::Executive, "asa",     "Contract under review; September invoiced at a reduced scope."},
            {"2026-10-13", ReviewKind::Mentor,    "margaux", "Make the savings visible in SEK before the CFO decides."},
        },
    };
}

// Scores say Silver, but the account is treated as Gold: the override carries the reason.
AccountSpec polaris_pharma() {
    return {
        .name = "Polaris Pharma Manufacturing",
        .industry = "Pharmaceuticals",
        .industry_rank = 9,
        .competitive_position = "One of three suppliers invited to the group framework",
        .notes = "2026-10: group framework for automation at five EU plants; Polaris Dublin is the lead site.",
        .manager = "carmen",
        .mentor = "margaux",
        .team = {"carmen", "jurgen", "ana", "siobhan"},
        .stage = Stage::Negotiation,
        .annual_sales = 1'500'000,
        .scores = {9, 8, 8, 4, 5},
        .override_tier = "Gold",
        .override_reason = "Group framework for five EU plants in final negotiation; the board asked us to staff it as Gold.",
        .contacts = {
            {"md",     "Aoife Gallagher",   "Managing Director Ireland",         "Executive board", "Dublin", "All lines",             0, BR::DecisionMaker, CP::King,   5,  0, nullptr},
            {"ops",    "Ciarán Murphy",     "Director of Manufacturing",         "Operations",      "Dublin", "Production automation", 1, BR::DecisionMaker, CP::Queen,  4,  1, "md"},
            {"qa",     "Dr. Niamh Kelly",   "Head of Quality Assurance",         "Quality",         "Cork",   "Production automation", 1, BR::Specifier,     CP::Bishop, 4,  0, "md",
             "Every change must pass GMP validation: she decides what 'validated' means."},
            {"fin",    "Declan Walsh",      "Finance Director",                  "Finance",         "Dublin", "All lines",             1, BR::Influencer,    CP::Rook,   3,  0, "md"},
            {"proc",   "Róisín O'Sullivan", "Global Category Lead Automation",   "Procurement",     "Dublin", "All lines",             2, BR::Gatekeeper,    CP::Rook,   4, -1, "fin"},
            {"eng",    "Seán Byrne",        "Engineering Manager",               "Engineering",     "Cork",   "Production automation", 2, BR::Specifier,     CP::Knight, 3,  2, "ops"},
            {"val",    "Emer Doyle",        "Validation Lead",                   "Quality",         "Cork",   "Production automation", 2, BR::Influencer,    CP::Pawn,   2,  1, "qa"},
            {"it",     "Patrick Nolan",     "Manufacturing IT Manager",          "IT",              "Dublin", "IoT platform",          2, BR::Specifier,     CP::Pawn,   2,  0, "ops"},
            {"prod",   "Orla Brennan",      "Production Manager Cork",           "Operations",      "Cork",   "Production automation", 2, BR::User,          CP::Pawn,   2,  1, "ops"},
            {"auto",   "Liam Quinn",        "Automation Engineer",               "Engineering",     "Cork",   "Production automation", 3, BR::User,          CP::Pawn,   1,  2, "eng"},
        },
        .links = {
            {"ops",  "md",   LinkKind::Influence, 3},
            {"qa",   "md",   LinkKind::Influence, 3},
            {"eng",  "ops",  LinkKind::Influence, 2},
            {"val",  "qa",   LinkKind::Influence, 2},
            {"proc", "eng",  LinkKind::Conflict,  2},
        },
        .coverage = {
            {"carmen",  "ops",  3, "2026-10-26"},
            {"carmen",  "md",   2, "2026-10-09"},
            {"carmen",  "proc", 2, "2026-10-26"},
            {"jurgen",  "eng",  3, "2026-10-15"},
            {"jurgen",  "it",   2, "2026-09-29"},
            {"ana",     "val",  2, "2026-10-01"},
            {"ana",     "qa",   1, "2026-07-07"},
            {"siobhan", "fin",  1, "2026-09-11"},
        },
        .strengths = {"GMP-validated monitoring already live in Cork", "Engineering manager is a strong supporter"},
        .weaknesses = {"Weak access to Quality, who can veto", "Global procurement drives price"},
        .opportunities = {"Framework for five EU plants: about EUR 9 m over five years"},
        .threats = {"A global vendor offers the framework below cost to lock in the group"},
        .value_added = "Pre-validated monitoring packages cut each plant's validation effort from months to weeks.",
        .objectives = {
            {"Be one of two framework suppliers", false},
            {"Validation package accepted by Dr. Kelly", false},
        },
        .actions = {
            {"Validation package walk-through with Emer Doyle and Dr. Kelly", "ana",     "2026-11-12", false},
            {"Framework pricing model with volume tiers",                    "siobhan", "2026-11-21", false},
            {"Executive sponsor meeting: Aoife Gallagher and our CEO",       "carmen",  "2026-12-03", false},
        },
        .forecast_k = {120, 120, 125, 125, 125, 130, 130, 110, 130, 135, 135, 140},
        .actual_k   = {118, 124, 127, 121, 130, 133, 126, 109, 134, 131},
        .reviews = {
            {"2026-03-24", ReviewKind::Executive, "carmen",  "Cork monitoring validated. Framework announced for Q4."},
            {"2026-08-18", ReviewKind::Mentor,    "margaux", "Override to Gold approved: staff the framework bid properly."},
            {"2026-10-27", ReviewKind::Executive, "carmen",  "Framework RFP received; price pressure from procurement."},
        },
    };
}

AccountSpec kestrel_rail() {
    return {
        .name = "Kestrel Rail Services",
        .industry = "Rail maintenance",
        .industry_rank = 6,
        .competitive_position = "Only IoT supplier; automation done in-house",
        .notes = "2026-02: new maintenance depot in Brno opened.",
        .manager = "katerina",
        .mentor = "margaux",
        .team = {"katerina", "lukasz", "eero"},
        .stage = Stage::Delivery,
        .annual_sales = 380'000,
        .scores = {5, 4, 5, 6, 5},
        .contacts = {
            {"ceo",    "Tomáš Novotný",    "Chief Executive Officer",    "Executive board", "Prague", "All lines",                  0, BR::DecisionMaker, CP::King,   5,  0, nullptr},
            {"depot",  "Petra Horáková",   "Depot Director Brno",        "Operations",      "Brno",   "Crane and asset monitoring", 1, BR::DecisionMaker, CP::Queen,  4,  2, "ceo"},
            {"fin",    "Martin Svoboda",   "Finance Manager",            "Finance",         "Prague", "All lines",                  1, BR::Gatekeeper,    CP::Rook,   3,  0, "ceo"},
            {"eng",    "Jiří Černý",       "Chief Engineer",             "Engineering",     "Brno",   "Crane and asset monitoring", 2, BR::Specifier,     CP::Bishop, 3,  1, "depot"},
            {"it",     "Lenka Procházková","IT Manager",                 "IT",              "Prague", "IoT platform",               2, BR::Specifier,     CP::Pawn,   2, -1, "fin"},
            {"shift",  "Ondřej Kučera",    "Maintenance Shift Leader",   "Operations",      "Brno",   "Crane and asset monitoring", 2, BR::User,          CP::Pawn,   1,  1, "depot"},
            {"tech",   "Veronika Marková", "Condition Monitoring Technician", "Engineering", "Brno", "Crane and asset monitoring", 3, BR::User,          CP::Pawn,   1,  2, "eng"},
        },
        .links = {
            {"eng",  "depot", LinkKind::Influence, 2},
            {"tech", "eng",   LinkKind::Influence, 1},
            {"it",   "eng",   LinkKind::Conflict,  1},
        },
        .coverage = {
            {"katerina", "depot", 3, "2026-10-12"},
            {"katerina", "fin",   1, "2026-06-30"},
            {"lukasz",   "eng",   2, "2026-10-05"},
            {"lukasz",   "shift", 2, "2026-10-05"},
            {"eero",     "tech",  3, "2026-10-28"},
            {"eero",     "it",    1, "2026-04-14"},
        },
        .strengths = {"Depot director is a champion"},
        .weaknesses = {"Prague IT resists cloud services"},
        .opportunities = {"Wheel-set and bogie monitoring for the whole fleet"},
        .threats = {"Budget cuts in the national rail programme"},
        .value_added = "Fewer unplanned workshop visits per train, shown per fleet series.",
        .objectives = {{"Extend monitoring from 12 to 60 trains", false}},
        .actions = {
            {"Fleet-wide business case with Petra Horáková", "katerina", "2026-11-30", false},
            {"On-premises data option for Prague IT",        "eero",     "2026-12-11", false},
        },
        .forecast_k = {25, 25, 30, 30, 30, 35, 35, 30, 35, 35, 40, 40},
        .actual_k   = {24, 26, 31, 28, 33, 36, 35, 29, 34, 37},
        .reviews = {
            {"2026-02-17", ReviewKind::Executive, "katerina", "Brno depot opened; 12 trains equipped."},
            {"2026-09-15", ReviewKind::Executive, "katerina", "Results good; CEO wants a fleet business case."},
        },
    };
}

//-----------------------------------------------------------------------------
// [SECTION] Building the model from the tables
//-----------------------------------------------------------------------------

using KeyMap = std::map<std::string, Id>;

Id lookup(const KeyMap& keys, const char* key) {
    if (key == nullptr) return Id();
    auto it = keys.find(key);
    assert(it != keys.end() && "sample table refers to an unknown key");
    return it != keys.end() ? it->second : Id();
}

// A readable org chart without any layout engine: leaves take consecutive slots from left
// to right, each manager sits centred over its reports, and the level picks the row.
void layout_org_chart(Account& acc) {
    const float kSlotWidth = 220.0f, kRowHeight = 140.0f;
    std::map<Id, int> index;
    for (int i = 0; i < (int)acc.contacts.size(); i++)
        index[acc.contacts[i].id] = i;
    std::vector<std::vector<int>> reports(acc.contacts.size());
    std::vector<bool> has_manager(acc.contacts.size(), false);
    for (const Link& l : acc.links)
        if (l.kind == LinkKind::ReportsTo) {
            reports[index[l.to]].push_back(index[l.from]);
            has_manager[index[l.from]] = true;
        }
    float next_slot = 0.0f;
    std::function<void(int)> place = [&](int i) {
        Contact& c = acc.contacts[i];
        c.y = (float)c.level * kRowHeight;
        if (reports[i].empty()) {
            c.x = next_slot++ * kSlotWidth;
            return;
        }
        for (int r : reports[i])
            place(r);
        c.x = std::floor((acc.contacts[reports[i].front()].x + acc.contacts[reports[i].back()].x) * 0.5f + 0.5f);   // whole pixels
    };
    for (int i = 0; i < (int)acc.contacts.size(); i++)
        if (!has_manager[i]) {
            place(i);
            next_slot += 1.0f;   // a gap between separate trees
        }
}

void add_account(Workspace& ws, const KeyMap& people, const AccountSpec& spec) {
    Account acc;
    acc.id = ws.new_id('a');
    acc.name = spec.name;
    acc.industry = spec.industry;
    acc.industry_rank = spec.industry_rank;
    acc.competitive_position = spec.competitive_position;
    acc.notes = spec.notes;
    acc.manager = lookup(people, spec.manager);
    acc.mentor = lookup(people, spec.mentor);
    for (const char* key : spec.team)
        acc.team.push_back(lookup(people, key));
    acc.stage = spec.stage;
    acc.annual_sales = spec.annual_sales;

    assert(spec.scores.size() == ws.criteria.size() && "one score per default criterion");
    for (size_t i = 0; i < spec.scores.size() && i < ws.criteria.size(); i++)
        acc.scores[ws.criteria[i].id] = spec.scores[i];
    if (spec.override_tier)
        acc.tier_override = TierOverride{spec.override_tier, spec.override_reason};

    // Ids first, so rows may refer to people further down the table.
    KeyMap contacts;
    for (const ContactRow& row : spec.contacts)
        contacts[row.key] = ws.new_id('c');
    for (const ContactRow& row : spec.contacts) {
        Contact c;
        c.id = contacts[row.key];
        c.name = row.name;
        c.title = row.title;
        c.department = row.department;
        c.location = row.location;
        c.product_line = row.product_line;
        c.level = row.level;
        c.role = row.role;
        c.piece = row.piece;
        c.power = row.power;
        c.attitude = row.attitude;
        c.notes = row.notes;
        acc.contacts.push_back(c);
    }
    for (const ContactRow& row : spec.contacts)
        if (row.reports_to)
            acc.links.push_back({contacts[row.key], lookup(contacts, row.reports_to), LinkKind::ReportsTo, 3});
    for (const LinkRow& row : spec.links)
        acc.links.push_back({lookup(contacts, row.from), lookup(contacts, row.to), row.kind, row.strength});
    for (const CoverageRow& row : spec.coverage)
        acc.coverage.push_back({lookup(people, row.person), lookup(contacts, row.contact), row.strength, row.last_contact});
    layout_org_chart(acc);

    Plan& plan = acc.plan;
    plan.strengths.assign(spec.strengths.begin(), spec.strengths.end());
    plan.weaknesses.assign(spec.weaknesses.begin(), spec.weaknesses.end());
    plan.opportunities.assign(spec.opportunities.begin(), spec.opportunities.end());
    plan.threats.assign(spec.threats.begin(), spec.threats.end());
    plan.value_added = spec.value_added;
    plan.objectives = spec.objectives;
    for (const ActionRow& row : spec.actions)
        plan.actions.push_back({row.text, lookup(people, row.owner), row.due, row.done});

    // A month appears when it has a forecast or an actual; amounts are stored in EUR.
    for (int m = 0; m < 12; m++) {
        MonthFigures f;
        char month[24];   // roomy enough that the compiler can prove no truncation
        snprintf(month, sizeof(month), "2026-%02d", m + 1);
        f.month = month;
        if (m < (int)spec.forecast_k.size() && spec.forecast_k[m] != kNone)
            f.forecast = spec.forecast_k[m] * 1000.0;
        if (m < (int)spec.actual_k.size() && spec.actual_k[m] != kNone)
            f.actual = spec.actual_k[m] * 1000.0;
        if (f.forecast || f.actual)
            acc.months.push_back(f);
    }
    for (const ReviewRow& row : spec.reviews)
        acc.reviews.push_back({row.date, row.kind, lookup(people, row.reviewer), row.notes});

    ws.accounts.push_back(std::move(acc));
}

}  // namespace

Workspace make_sample_workspace() {
    Workspace ws = make_empty_workspace();
    ws.name = "Helix Automation: key accounts (sample)";

    KeyMap people;
    for (const PersonRow& row : kTeam) {
        Person p{ws.new_id('p'), row.name, row.role, row.email};
        people[row.key] = p.id;
        ws.team.push_back(p);
    }

    // Flagship first: it is the account a newcomer opens.
    const AccountSpec accounts[] = {
        nordhavn_logistics(),
        vellmar_chemie(),
        aurelia_foods(),
        castellana_aguas(),
        bergstrom_papper(),
        polaris_pharma(),
        kestrel_rail(),
    };
    for (const AccountSpec& spec : accounts)
        add_account(ws, people, spec);
    return ws;
}

}  // namespace kam
