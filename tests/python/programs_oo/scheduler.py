# A task scheduler in the style of the Richards benchmark: an idle task, two workers, two packet handlers and two
# devices exchange packets through a priority-ordered task list. Prints the queue and hold counts as a checksum.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
DEVICE_KIND, WORK_KIND = 0, 1
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def is_held_or_suspended(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Task(TaskState):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__()
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.link = scheduler.task_list
        scheduler.task_list = self
        scheduler.tasks[ident] = self
        if queue is None:
            self.packet_pending = False
            self.task_waiting = True
        else:
            self.packet_pending = True

    def add_packet(self, packet, current):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current

    def run_task(self):
        if self.is_waiting_with_packet():
            packet = self.queue
            self.queue = packet.link
            self.packet_pending = self.queue is not None
            self.task_waiting = False
        else:
            packet = None
        return self.step(packet)

    def wait(self):
        self.task_waiting = True
        return self

    def hold(self):
        self.scheduler.hold_count += 1
        self.task_holding = True
        return self.link

    def release(self, ident):
        task = self.scheduler.tasks[ident]
        task.task_holding = False
        return task if task.priority > self.priority else self

    def send(self, packet):
        self.scheduler.queue_count += 1
        target = self.scheduler.tasks[packet.ident]
        packet.link = None
        packet.ident = self.ident
        return target.add_packet(packet, self)

    def step(self, packet):
        raise NotImplementedError(type(self).__name__)


class IdleTask(Task):
    def __init__(self, scheduler, count):
        super().__init__(scheduler, IDLE, 0, None)
        self.control = 1
        self.count = count
        self.packet_pending = True
        self.task_waiting = False

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control //= 2
            return self.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, queue):
        super().__init__(scheduler, WORKER, 1000, queue)
        self.destination = HANDLER_A
        self.count = 0

    def step(self, packet):
        if packet is None:
            return self.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = ord("A") + self.count - 1
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.work_in = None
        self.device_in = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == WORK_KIND:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        if self.work_in is not None:
            work = self.work_in
            count = work.datum
            if count < BUFFER_SIZE:
                if self.device_in is not None:
                    device = self.device_in
                    self.device_in = device.link
                    device.datum = work.data[count]
                    work.datum = count + 1
                    return self.send(device)
            else:
                self.work_in = work.link
                return self.send(work)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None)
        self.pending = None
        self.output = []

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.wait()
            done = self.pending
            self.pending = None
            return self.send(done)
        self.pending = packet
        self.output.append(packet.datum)
        return self.hold()


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.tasks = [None] * 6
        self.queue_count = 0
        self.hold_count = 0

    def setup(self, idle_count):
        IdleTask(self, idle_count)
        work = Packet(None, WORKER, WORK_KIND)
        work = Packet(work, WORKER, WORK_KIND)
        WorkerTask(self, work)
        for handler, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
            queue = Packet(None, device, DEVICE_KIND)
            queue = Packet(queue, device, DEVICE_KIND)
            queue = Packet(queue, device, DEVICE_KIND)
            HandlerTask(self, handler, priority, queue)
        DeviceTask(self, DEVICE_A, 4000)
        DeviceTask(self, DEVICE_B, 5000)

    def run(self):
        task = self.task_list
        steps = 0
        while task is not None:
            steps += 1
            if task.is_held_or_suspended():
                task = task.link
            else:
                task = task.run_task()
        return steps


def checksum(values):
    total = 0
    for v in values:
        total = (total * 31 + v) % 1000000007
    return total


results = []
for idle_count in (100, 1000, 5000):
    scheduler = Scheduler()
    scheduler.setup(idle_count)
    steps = scheduler.run()
    out_a = scheduler.tasks[DEVICE_A].output
    out_b = scheduler.tasks[DEVICE_B].output
    print(f"idle={idle_count} steps={steps} queued={scheduler.queue_count} held={scheduler.hold_count}")
    print("  device A:", len(out_a), "".join(chr(c) for c in out_a[:16]))
    print("  device B:", len(out_b), "".join(chr(c) for c in out_b[:16]))
    results.append(checksum([steps, scheduler.queue_count, scheduler.hold_count] + out_a + out_b))
print("checksum", checksum(results))
