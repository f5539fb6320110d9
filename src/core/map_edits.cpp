#include "core/map_edits.h"

#include "core/validate.h"

#include <algorithm>
#include <numeric>
#include <unordered_set>

namespace kam {

static const Contact* find_contact(const Account& account, const Id& id) {
    for (const Contact& c : account.contacts)
        if (c.id == id) return &c;
    return nullptr;
}

Contact& add_contact(Account& account, Id id, float x, float y) {
    Contact c;
    c.id = std::move(id);
    c.name = "New contact";
    c.x = x;
    c.y = y;
    return account.contacts.emplace_back(std::move(c));
}

int remove_contacts(Account& account, const std::vector<Id>& ids) {
    const std::unordered_set<Id> gone(ids.begin(), ids.end());
    const size_t before = account.contacts.size();
    std::erase_if(account.contacts, [&](const Contact& c) { return gone.count(c.id) > 0; });
    std::erase_if(account.links, [&](const Link& l) { return gone.count(l.from) > 0 || gone.count(l.to) > 0; });
    std::erase_if(account.coverage, [&](const Coverage& c) { return gone.count(c.contact) > 0; });
    return static_cast<int>(before - account.contacts.size());
}

void move_contacts(Account& account, const std::vector<Id>& ids, float dx, float dy) {
    const std::unordered_set<Id> moving(ids.begin(), ids.end());
    for (Contact& c : account.contacts) {
        if (!moving.count(c.id)) continue;
        c.x += dx;
        c.y += dy;
    }
}

std::string add_link(Account& account, const Link& link) {
    if (!find_contact(account, link.from) || !find_contact(account, link.to)) return "Both ends of a link must be contacts of this account.";
    if (link.from == link.to) return "A contact cannot be linked to itself.";
    if (link.kind >= LinkKind::COUNT) return "Unknown kind of link.";
    if (link.strength < kLinkStrengthMin || link.strength > kLinkStrengthMax)
        return "Link strength must be " + std::to_string(kLinkStrengthMin) + ".." + std::to_string(kLinkStrengthMax) + ".";
    for (const Link& l : account.links)
        if (l.from == link.from && l.to == link.to && l.kind == link.kind) return "That link exists already.";
    account.links.push_back(link);
    return {};
}

std::string add_coverage(Account& account, const std::vector<Person>& team, const Coverage& coverage) {
    const bool known_person = std::any_of(team.begin(), team.end(), [&](const Person& p) { return p.id == coverage.person; });
    if (!known_person) return "Coverage needs one of our team members.";
    if (!find_contact(account, coverage.contact)) return "Coverage needs a contact of this account.";
    if (coverage.strength < kCoverageMin || coverage.strength > kCoverageMax)
        return "Coverage strength must be " + std::to_string(kCoverageMin) + ".." + std::to_string(kCoverageMax) + ".";
    if (!coverage.last_contact.empty() && !is_valid_date(coverage.last_contact)) return "Last contact must be a date YYYY-MM-DD.";
    for (const Coverage& c : account.coverage)
        if (c.person == coverage.person && c.contact == coverage.contact) return "That person covers this contact already.";
    account.coverage.push_back(coverage);
    return {};
}

std::vector<int> contacts_in_reading_order(const Account& account) {
    std::vector<int> order(account.contacts.size());
    std::iota(order.begin(), order.end(), 0);
    const auto& cs = account.contacts;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (cs[a].y != cs[b].y) return cs[a].y < cs[b].y;
        return cs[a].x < cs[b].x;
    });
    return order;
}

}  // namespace kam
