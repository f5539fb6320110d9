#include "core/parallel.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace kam {

namespace {

class Helper {
public:
    bool running() const { return running_; }
    void run(const std::function<void()>& job) {
        std::unique_lock lock(mutex_);
        job_ = &job;
        done_ = false;
        wake_.notify_one();
    }
    void wait() {
        std::unique_lock lock(mutex_);
        finished_.wait(lock, [&] { return done_; });
    }

private:
    std::mutex mutex_;
    std::condition_variable wake_, finished_;
    const std::function<void()>* job_ = nullptr;
    bool done_ = true;
    std::atomic<bool> running_ = false;
    std::thread thread_{[this] { loop(); }};   // last: starts once the rest is ready

    void loop() {
        std::unique_lock lock(mutex_);
        running_ = true;
        for (;;) {
            wake_.wait(lock, [&] { return job_ != nullptr; });
            const std::function<void()>* job = job_;
            lock.unlock();
            (*job)();
            lock.lock();
            job_ = nullptr;
            done_ = true;
            finished_.notify_one();
        }
    }
};

Helper& helper() {
    static Helper* helper = new Helper;   // never destroyed: its thread waits for work until the process ends
    return *helper;
}

}  // namespace

void start_helper() { helper(); }

void run_in_parallel(const std::function<void()>& here, const std::function<void()>& beside) {
    Helper& h = helper();
    if (!h.running()) {   // not yet: waiting for it could hang the page (see parallel.h)
        here();
        beside();
        return;
    }
    h.run(beside);
    here();
    h.wait();
}

}  // namespace kam
