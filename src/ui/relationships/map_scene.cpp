#include "ui/relationships/map_scene.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_set>

namespace kam::ui {

static size_t sizes_of(const Account& a) { return a.contacts.size() * 7919 + a.links.size() * 31 + a.coverage.size() * 3 + a.team.size(); }

bool MapScene::is_current(const Account& a, uint64_t doc_revision) const {
    return account == a.id && revision == doc_revision && sizes == sizes_of(a);
}

static Box grow(const Box& a, const Box& b) {
    return {ImVec2(std::min(a.min.x, b.min.x), std::min(a.min.y, b.min.y)), ImVec2(std::max(a.max.x, b.max.x), std::max(a.max.y, b.max.y))};
}

void build_scene(MapScene& scene, const Account& account, uint64_t doc_revision) {
    scene.account = account.id;
    scene.revision = doc_revision;
    scene.sizes = sizes_of(account);

    const size_t n = account.contacts.size();
    scene.cards.resize(n);
    scene.contact_index.clear();
    scene.contact_index.reserve(n);
    Box contacts{ImVec2(0, 0), ImVec2(kCardWidth, kCardHeight)};
    std::unordered_set<uint64_t> corners;
    corners.reserve(n);
    scene.stacked = 0;
    for (size_t i = 0; i < n; i++) {
        const Contact& c = account.contacts[i];
        scene.cards[i] = {ImVec2(c.x, c.y), ImVec2(c.x + kCardWidth, c.y + kCardHeight)};
        scene.contact_index.emplace(c.id, static_cast<int>(i));
        contacts = i == 0 ? scene.cards[i] : grow(contacts, scene.cards[i]);
        uint32_t x, y;
        std::memcpy(&x, &c.x, sizeof x);
        std::memcpy(&y, &c.y, sizeof y);
        if (!corners.insert(uint64_t(x) << 32 | y).second) scene.stacked++;
    }

    // Our team stands in a column left of their people, so coverage lines run across.
    scene.team = account.team;
    for (const Coverage& c : account.coverage)
        if (std::find(scene.team.begin(), scene.team.end(), c.person) == scene.team.end()) scene.team.push_back(c.person);
    scene.team_cards.resize(scene.team.size());
    const float x = contacts.min.x - kTeamColumnGap - kCardWidth;
    for (size_t i = 0; i < scene.team.size(); i++) {
        const float y = contacts.min.y + static_cast<float>(i) * (kTeamCardHeight + kTeamCardGap);
        scene.team_cards[i] = {ImVec2(x, y), ImVec2(x + kCardWidth, y + kTeamCardHeight)};
    }
    scene.bounds = contacts;
    for (const Box& b : scene.team_cards) scene.bounds = grow(scene.bounds, b);

    scene.lines.clear();
    scene.lines.reserve(account.links.size() + account.coverage.size());
    for (size_t i = 0; i < account.links.size(); i++) {
        const Link& l = account.links[i];
        const int from = scene.find_contact(l.from), to = scene.find_contact(l.to);
        if (from < 0 || to < 0) continue;
        scene.lines.push_back({static_cast<LineKind>(l.kind), from, to, l.strength, static_cast<int>(i)});
    }
    for (size_t i = 0; i < account.coverage.size(); i++) {
        const Coverage& c = account.coverage[i];
        const int to = scene.find_contact(c.contact);
        const int from = static_cast<int>(std::find(scene.team.begin(), scene.team.end(), c.person) - scene.team.begin());
        if (to < 0) continue;
        scene.lines.push_back({LineKind::Coverage, from, to, c.strength, static_cast<int>(i)});
    }
}

bool segment_touches_box(ImVec2 a, ImVec2 b, const Box& box) {
    float t0 = 0.0f, t1 = 1.0f;
    const float d[2] = {b.x - a.x, b.y - a.y};
    const float p0[2] = {a.x, a.y}, lo[2] = {box.min.x, box.min.y}, hi[2] = {box.max.x, box.max.y};
    for (int axis = 0; axis < 2; axis++) {
        if (d[axis] == 0.0f) {
            if (p0[axis] < lo[axis] || p0[axis] > hi[axis]) return false;
            continue;
        }
        float ta = (lo[axis] - p0[axis]) / d[axis], tb = (hi[axis] - p0[axis]) / d[axis];
        if (ta > tb) std::swap(ta, tb);
        t0 = std::max(t0, ta);
        t1 = std::min(t1, tb);
        if (t0 > t1) return false;
    }
    return true;
}

ImVec2 exit_point(const Box& box, ImVec2 outside) {
    const ImVec2 c = box.center();
    const float dx = outside.x - c.x, dy = outside.y - c.y;
    const float hw = box.width() * 0.5f, hh = box.height() * 0.5f;
    float t = 1.0f;
    if (std::fabs(dx) > 0) t = std::min(t, hw / std::fabs(dx));
    if (std::fabs(dy) > 0) t = std::min(t, hh / std::fabs(dy));
    return ImVec2(c.x + dx * t, c.y + dy * t);
}

std::vector<MapPoint> line_path(const MapScene& scene, const SceneLine& l) {
    const Box &from = scene.from_box(l), &to = scene.to_box(l);
    if (l.kind == LineKind::ReportsTo) {
        static const OrgLayoutOptions options = map_layout_options();
        return reporting_connector({to.min.x, to.min.y}, {from.min.x, from.min.y}, options);   // from the manager
    }
    const ImVec2 a = exit_point(from, to.center()), b = exit_point(to, from.center());
    return {{a.x, a.y}, {b.x, b.y}};
}

float distance_to_segment(ImVec2 p, ImVec2 a, ImVec2 b) {
    const float dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
    float t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0.0f;
    t = std::clamp(t, 0.0f, 1.0f);
    const float ex = a.x + dx * t - p.x, ey = a.y + dy * t - p.y;
    return std::sqrt(ex * ex + ey * ey);
}

}  // namespace kam::ui
