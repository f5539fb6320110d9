// KAM Canvas: the edits the relationship map makes to one account, as plain functions on a
// copy of it (the map then commits the copy through Document::set_account, so each is one
// undo step). They keep the account valid: removing a contact removes its lines, and a link
// or coverage that would break a rule is refused with a message instead.
#pragma once

#include "core/model.h"
#include "core/relationships/org_layout.h"   // CardPosition

#include <string>
#include <vector>

namespace kam {

// Adds a contact named "New contact" with its card's top-left corner at (x, y).
Contact& add_contact(Account& account, Id id, float x, float y);

// Where a new card of w x h goes near (x, y): (x, y) itself when no card comes within 'gap'
// of it, else a free slot on a grid of (w + gap) x (h + gap) steps around it, from the nearest
// ring of slots that has one. Cards added one after another line up instead of piling on each
// other. Every card on the map has the same size, so the account's cards are taken as w x h.
CardPosition free_card_position(const Account& account, float x, float y, float w, float h, float gap);

// Removes the contacts and every link and coverage line that touches them. Returns how
// many contacts were removed (unknown ids are ignored).
int remove_contacts(Account& account, const std::vector<Id>& ids);

// Moves the contacts by (dx, dy) map units.
void move_contacts(Account& account, const std::vector<Id>& ids, float dx, float dy);

// Adds a link between two contacts of the account. Returns an empty string on success, or
// why it was refused (unknown contact, a link to itself, the same link exists, strength
// out of range); the account is then unchanged.
std::string add_link(Account& account, const Link& link);

// Adds one of our people ('team' = the workspace's team) covering a contact. Refused like
// add_link: unknown person or contact, the pair covered already, strength or date invalid.
std::string add_coverage(Account& account, const std::vector<Person>& team, const Coverage& coverage);

// Contact indices in reading order (top to bottom, then left to right): the order in which
// the keyboard steps through the cards.
std::vector<int> contacts_in_reading_order(const Account& account);

}  // namespace kam
