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
        taken_ = false;
        done_ = false;
        wake_.notify_one();
    }
    // Takes back the job if the helper has not begun it (it never will); false when it has.
    bool withdraw() {
        std::unique_lock lock(mutex_);
        if (taken_) return false;
        job_ = nullptr;
        done_ = true;
        return true;
    }
    void wait() {
        std::unique_lock lock(mutex_);
        finished_.wait(lock, [&] { return done_; });
    }

private:
    std::mutex mutex_;
    std::condition_variable wake_, finished_;
    const std::function<void()>* job_ = nullptr;
    bool taken_ = false;   // the helper has begun the current job
    bool done_ = true;
    std::atomic<bool> running_ = false;
    std::thread thread_{[this] { loop(); }};   // last: starts once the rest is ready

    void loop() {
        std::unique_lock lock(mutex_);
        running_ = true;
        for (;;) {
            wake_.wait(lock, [&] { return job_ != nullptr; });
            const std::function<void()>* job = job_;
            taken_ = true;
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

void parallel_for(size_t count, const std::function<void(size_t, int)>& work) {
    std::atomic<size_t> next = 0;
    auto take = [&](int worker) {
        for (size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < count;) work(i, worker);
    };
    Helper& h = helper();
    if (!h.running() || count < 2) return take(0);   // not yet running: see parallel.h
    const std::function<void()> beside = [&] { take(1); };
    h.run(beside);
    take(0);
    if (!h.withdraw()) h.wait();
}

}  // namespace kam
