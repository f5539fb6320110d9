#include "core/relationships/map_edits.h"

#include "core/io/validate.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace kam {

Contact& add_contact(Account& account, Id id, float x, float y) {
    Contact c;
    c.id = std::move(id);
    c.name = "New contact";
    c.x = x;
    c.y = y;
    return account.contacts.emplace_back(std::move(c));
}

// The slots are searched ring by ring around (x, y). Cards are bucketed by the slot their
// top-left corner falls in, so a slot is tested against the few cards of its neighbouring
// slots only: n cards block at most 4n slots, so the search ends within about sqrt(n) rings
// and costs O(n) even on a map of 10,000 contacts.
CardPosition free_card_position(const Account& account, float x, float y, float w, float h, float gap) {
    const float sx = w + gap, sy = h + gap;
    auto slot = [](float offset, float step) { return (int64_t)std::floor(std::clamp(offset / step, -1e9f, 1e9f)); };
    auto key = [](int64_t i, int64_t j) { return (uint64_t)i * 0x9E3779B97F4A7C15ull ^ (uint64_t)j; };
    std::unordered_map<uint64_t, std::vector<int>> buckets;
    for (size_t k = 0; k < account.contacts.size(); k++) {
        const Contact& c = account.contacts[k];
        buckets[key(slot(c.x - x, sx), slot(c.y - y, sy))].push_back((int)k);
    }
    auto is_free = [&](int64_t i, int64_t j) {
        const float cx = x + (float)i * sx, cy = y + (float)j * sy;
        for (int64_t di = -1; di <= 1; di++)
            for (int64_t dj = -1; dj <= 1; dj++) {
                auto it = buckets.find(key(i + di, j + dj));
                if (it == buckets.end()) continue;
                for (int k : it->second) {
                    const Contact& c = account.contacts[k];
                    if (c.x < cx + sx && cx < c.x + sx && c.y < cy + sy && cy < c.y + sy) return false;
                }
            }
        return true;
    };
    for (int64_t r = 0;; r++) {
        // The free slot of this ring nearest to (x, y); of two as near, the lower one, then
        // the one further right, so a run of new cards goes down before it goes up.
        int64_t best_i = 0, best_j = 0;
        float best = -1.0f;
        for (int64_t j = -r; j <= r; j++)
            for (int64_t i = -r; i <= r; i += (j == -r || j == r) ? 1 : 2 * r) {
                const float d = (float)i * sx * (float)i * sx + (float)j * sy * (float)j * sy;
                const bool nearer = best < 0 || d < best || (d == best && (j > best_j || (j == best_j && i > best_i)));
                if (nearer && is_free(i, j)) best = d, best_i = i, best_j = j;
            }
        if (best >= 0) return {x + (float)best_i * sx, y + (float)best_j * sy};
    }
}

int remove_contacts(Account& account, const std::vector<Id>& ids) {
    const std::unordered_set<Id> gone(ids.begin(), ids.end());
    const size_t before = account.contacts.size();
    std::erase_if(account.contacts, [&](const Contact& c) { return gone.count(c.id) > 0; });
    std::erase_if(account.links, [&](const Link& l) { return gone.count(l.from) > 0 || gone.count(l.to) > 0; });
    std::erase_if(account.coverage, [&](const Coverage& c) { return gone.count(c.contact) > 0; });
    // The plan may name them too: what named them stays, naming nobody (a reference to a contact
    // that is gone would make the workspace unreadable).
    Plan& plan = account.plan;
    for (ValueItem& v : plan.value_added)
        if (gone.count(v.for_contact)) v.for_contact.clear();
    for (auto* list : plan.swot_lists())
        for (SwotItem& item : *list)
            if (item.link == ItemLink::Contact && gone.count(item.target)) item.unlink();
    for (WhitespaceCell& cell : plan.whitespace)
        std::erase_if(cell.contacts, [&](const Id& id) { return gone.count(id) > 0; });
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
    if (!account.find_contact(link.from) || !account.find_contact(link.to)) return "Both ends of a link must be contacts of this account.";
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
    if (!account.find_contact(coverage.contact)) return "Coverage needs a contact of this account.";
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
