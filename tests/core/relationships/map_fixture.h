// A tiny builder for relationship-map tests: contacts, links and coverage written in one
// line each, with readable ids ("ceo", "asa") instead of generated ones.
#pragma once

#include "core/model.h"

namespace kam::test {

struct MapFixture {
    Workspace ws;
    Account account;

    MapFixture() {
        account.id = "a1";
        account.name = "Testkonzern";
    }
    MapFixture& person(const Id& id, const std::string& name, bool on_team = true) {
        ws.team.push_back({id, name, "", ""});
        if (on_team) account.team.push_back(id);
        return *this;
    }
    Contact& contact(const Id& id, const std::string& name, int power = 2, BuyingRole role = BuyingRole::None,
                     ChessPiece piece = ChessPiece::None, int attitude = 0) {
        Contact c;
        c.id = id;
        c.name = name;
        c.power = power;
        c.role = role;
        c.piece = piece;
        c.attitude = attitude;
        account.contacts.push_back(c);
        return account.contacts.back();
    }
    MapFixture& link(const Id& from, const Id& to, LinkKind kind = LinkKind::ReportsTo) {
        account.links.push_back({from, to, kind, 1});
        return *this;
    }
    MapFixture& cover(const Id& person, const Id& contact, int strength, const std::string& last = "") {
        account.coverage.push_back({person, contact, strength, last});
        return *this;
    }
};

}  // namespace kam::test
