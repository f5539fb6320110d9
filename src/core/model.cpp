#include "core/model.h"

namespace kam {

const Contact* Account::find_contact(const Id& id) const {
    for (const Contact& c : contacts)
        if (c.id == id) return &c;
    return nullptr;
}

const Objective* Plan::find_objective(const Id& id) const {
    for (const Objective& o : objectives)
        if (o.id == id) return &o;
    return nullptr;
}

const BusinessUnit* Plan::find_unit(const Id& id) const {
    for (const BusinessUnit& u : units)
        if (u.id == id) return &u;
    return nullptr;
}

const WhitespaceCell* Plan::find_cell(const Id& unit, const Id& offering) const {
    for (const WhitespaceCell& c : whitespace)
        if (c.unit == unit && c.offering == offering) return &c;
    return nullptr;
}

bool Snapshot::operator==(const Snapshot& o) const {
    if (id != o.id || name != o.name || taken != o.taken || team != o.team || criteria != o.criteria || tier_scheme != o.tier_scheme ||
        accounts.size() != o.accounts.size())
        return false;
    for (size_t i = 0; i < accounts.size(); i++)
        if (accounts[i] != o.accounts[i] && !(accounts[i] && o.accounts[i] && *accounts[i] == *o.accounts[i])) return false;
    return true;
}

const Person* Workspace::find_person(const Id& id) const {
    for (const Person& p : team)
        if (p.id == id) return &p;
    return nullptr;
}

const Offering* Workspace::find_offering(const Id& id) const {
    for (const Offering& o : offerings)
        if (o.id == id) return &o;
    return nullptr;
}

const Account* Workspace::find_account(const Id& id) const {
    int i = account_index(id);
    return i < 0 ? nullptr : &accounts[i];
}

int Workspace::account_index(const Id& id) const {
    for (size_t i = 0; i < accounts.size(); i++)
        if (accounts[i].id == id) return (int)i;
    return -1;
}

Workspace make_empty_workspace() {
    Workspace ws;
    auto criterion = [&](const char* name, const char* description, double weight, Axis axis) {
        Criterion c;
        c.id = ws.new_id('k');
        c.name = name;
        c.description = description;
        c.weight = weight;
        c.axis = axis;
        ws.criteria.push_back(c);
    };
    criterion("Revenue potential", "Sales we could reach with this customer in three years", 25, Axis::Attractiveness);
    criterion("Profitability", "Margin we can expect on what we sell them", 20, Axis::Attractiveness);
    criterion("Strategic fit", "How well their needs match what we do best", 20, Axis::Attractiveness);
    criterion("Relationship quality", "Access, trust and coverage we have today", 20, Axis::RelativeStrength);
    criterion("Our relative strength", "Our position against the competitors they use", 15, Axis::RelativeStrength);
    ws.tier_scheme.tiers = {{"Gold", 0xE6B422FF, 75}, {"Silver", 0xA8B2BDFF, 55}, {"Bronze", 0xB0703CFF, 0}};
    return ws;
}

}  // namespace kam
