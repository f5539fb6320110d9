// KAM Canvas: the text outline of a relationship map (see map_outline.h).
#include "core/relationships/map_outline.h"

#include "core/relationships/reporting_tree.h"

#include <algorithm>
#include <vector>

namespace kam {

std::string_view attitude_label(int attitude) {
    static constexpr std::string_view kLabels[] = {"opponent", "sceptic", "neutral", "supporter", "champion"};
    return kLabels[std::clamp(attitude, kAttitudeMin, kAttitudeMax) - kAttitudeMin];
}

std::string_view coverage_label(int strength) {
    static constexpr std::string_view kLabels[] = {"no relationship yet", "weak", "good", "strong"};
    return kLabels[std::clamp(strength, kCoverageMin, kCoverageMax)];
}

namespace {

std::string piece_name(ChessPiece piece) {
    std::string name(kChessPieceKeys[(size_t)piece]);
    name[0] = (char)(name[0] - 'a' + 'A');
    return name;
}

struct Writer {
    const Account& account;
    const Workspace& ws;
    const OutlineOptions& options;
    std::vector<std::vector<const Coverage*>> coverage;   // per contact
    std::vector<std::vector<const Link*>> influences;     // per contact: its influence links
    std::unordered_map<std::string_view, int> index;
    std::string out;

    void line(int depth, const std::string& text) {
        out.append((size_t)depth * 2, ' ');
        out += text;
        out += '\n';
    }

    void contact(int i, int depth) {
        const Contact& c = account.contacts[i];
        std::string head = "- " + c.name;
        if (!c.title.empty()) head += ", " + c.title;
        std::string where = c.department;
        if (!c.location.empty()) where += (where.empty() ? "" : ", ") + c.location;
        if (!where.empty()) head += " (" + where + ")";
        line(depth, head);

        std::string facts;
        auto fact = [&](const std::string& f) { facts += (facts.empty() ? "" : ", ") + f; };
        if (c.role != BuyingRole::None) fact(std::string(kBuyingRoleLabels[(size_t)c.role]));
        if (!options.customer_safe && c.piece != ChessPiece::None) fact(piece_name(c.piece));
        fact("power " + std::to_string(c.power));
        if (!options.customer_safe)
            fact("attitude " + std::string(c.attitude > 0 ? "+" : "") + std::to_string(c.attitude) + " (" + std::string(attitude_label(c.attitude)) + ")");
        line(depth + 1, facts);

        std::string covered;
        for (const Coverage* cov : coverage[i]) {
            const Person* p = ws.find_person(cov->person);
            covered += covered.empty() ? "" : "; ";
            covered += (p ? p->name : cov->person) + " (" + std::string(coverage_label(cov->strength));
            if (!cov->last_contact.empty()) covered += ", last contact " + cov->last_contact;
            covered += ")";
        }
        line(depth + 1, covered.empty() ? "Not covered by our team" : "Covered by: " + covered);

        std::string influenced;
        for (const Link* l : influences[i]) {
            auto to = index.find(l->to);
            if (to != index.end()) influenced += (influenced.empty() ? "" : ", ") + account.contacts[to->second].name;
        }
        if (!influenced.empty()) line(depth + 1, "Influences: " + influenced);
        if (!options.customer_safe && !c.notes.empty()) {
            std::string notes = c.notes;
            std::replace(notes.begin(), notes.end(), '\n', ' ');
            line(depth + 1, "Notes: " + notes);
        }
    }
};

}  // namespace

std::string map_outline(const Account& account, const Workspace& ws, const OutlineOptions& options) {
    const size_t n = account.contacts.size();
    Writer w{account, ws, options, std::vector<std::vector<const Coverage*>>(n), std::vector<std::vector<const Link*>>(n), contact_index(account), {}};
    for (const Coverage& c : account.coverage) {
        auto it = w.index.find(c.contact);
        if (it != w.index.end()) w.coverage[it->second].push_back(&c);
    }
    for (const Link& l : account.links) {
        auto it = w.index.find(l.from);
        if (l.kind == LinkKind::Influence && it != w.index.end()) w.influences[it->second].push_back(&l);
    }
    const ReportingTree tree = build_reporting_tree(account);

    size_t covered = 0;
    for (const auto& list : w.coverage)
        covered += std::any_of(list.begin(), list.end(), [](const Coverage* c) { return c->strength > 0; }) ? 1 : 0;
    w.out = account.name + ": relationship map\n";
    w.out += std::to_string(n) + " contacts, " + std::to_string(covered) + " covered by our team.\n";
    if (options.customer_safe) w.out += "Customer-safe view: attitudes, chess pieces, conflict lines and private notes are left out.\n";

    // Managers first, then people without reporting lines, each tree depth first.
    std::vector<int> tops, loners;
    for (int r : tree.roots) (tree.children[r].empty() ? loners : tops).push_back(r);
    if (!tops.empty()) w.out += "\nReporting lines\n";
    std::vector<std::pair<int, int>> stack;   // contact, depth
    for (int top : tops) {
        stack.push_back({top, 0});
        while (!stack.empty()) {
            const std::pair<int, int> item = stack.back();
            stack.pop_back();
            w.contact(item.first, item.second);
            const auto& kids = tree.children[item.first];
            for (auto k = kids.rbegin(); k != kids.rend(); ++k) stack.push_back({*k, item.second + 1});
        }
    }
    if (!loners.empty()) {
        w.out += "\nWithout reporting lines\n";
        for (int c : loners) w.contact(c, 0);
    }

    if (!options.customer_safe) {
        std::string conflicts;
        for (const Link& l : account.links) {
            auto from = w.index.find(l.from), to = w.index.find(l.to);
            if (l.kind == LinkKind::Conflict && from != w.index.end() && to != w.index.end())
                conflicts += "- " + account.contacts[from->second].name + " does not want us to talk to " + account.contacts[to->second].name + "\n";
        }
        if (!conflicts.empty()) w.out += "\nConflict lines\n" + conflicts;
    }
    return w.out;
}

}  // namespace kam
