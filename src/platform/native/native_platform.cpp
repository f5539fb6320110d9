// KAM Canvas: desktop services for development: plain files, stdout for downloads.
#include "platform/platform.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sys/stat.h>

namespace kam::platform {

double now_seconds() {
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

// KAM_DATA_DIR chooses the folder (tests use a temporary one).
std::string storage_folder() {
    const char* dir = std::getenv("KAM_DATA_DIR");
    return dir ? dir : "kam-data";
}

void open_storage(std::function<void()> ready) { ready(); }
bool storage_known_empty() { return false; }   // plain files open at once: nothing to gain
void persist_storage() {}
bool storage_busy() { return false; }
int storage_failures() { return 0; }
std::string storage_failure() { return {}; }
StorageEstimate storage_estimate() { return {}; }
void request_persistent_storage() {}

// One desktop process per folder: it always owns it.
void claim_storage(StorageOwnership callbacks) { callbacks.changed(true); }
void ask_for_storage() {}
void release_storage() {}
void reread_storage(std::function<void()> ready) { ready(); }

static std::string preferences_path() { return storage_folder() + "/preferences.json"; }

std::string read_preferences_text() {
    std::ifstream in(preferences_path(), std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void write_preferences_text(const std::string& text) {
    ::mkdir(storage_folder().c_str(), 0755);   // before the first save, the folder may not exist
    std::ofstream(preferences_path(), std::ios::binary | std::ios::trunc) << text;
}

// "Downloads" land in the storage folder, next to the workspace.
void download_text(const std::string& filename, const std::string& text) {
    std::string path = storage_folder() + "/" + filename;
    std::ofstream(path, std::ios::binary) << text;
    std::printf("Exported %s\n", path.c_str());
}

// No file dialog natively: KAM_IMPORT_FILE names the file to import, whatever 'accept' asks for.
void pick_text_file(const char* accept, size_t max_bytes, std::function<void(std::string, std::string)> on_file,
                    std::function<void(std::string, double)> too_large) {
    const char* path = std::getenv("KAM_IMPORT_FILE");
    if (!path) {
        std::printf("Set KAM_IMPORT_FILE to the file to import.\n");
        return;
    }
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (const auto size = static_cast<std::streamoff>(in.tellg()); size > static_cast<std::streamoff>(max_bytes))
        return too_large(path, static_cast<double>(size));
    in.seekg(0);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    on_file(path, text);
}

}  // namespace kam::platform
