import { createRequire as __sdvCreateRequire } from "node:module"; const require = __sdvCreateRequire(import.meta.url);
import {
  ERROR_CATEGORY,
  NEVER,
  SentryError,
  ZodError,
  __commonJS,
  __toESM,
  array,
  boolean,
  createRedactor,
  deploysSchema,
  errorForStatus,
  eventSchema,
  exceptionDataSchema,
  excerpt,
  issueCountRowsSchema,
  issueDetailSchema,
  issueEventsSchema,
  issueLink,
  issueQuery,
  issuesSchema,
  number,
  object,
  orUnsupported,
  organizationSchema,
  projectSchema,
  quoteExactValue,
  quoteSearchValue,
  releaseSchema,
  sentryCalls,
  sentryLinks,
  sessionGroupsSchema,
  shortIdSchema,
  string,
  threadsDataSchema,
  timeseriesSchema,
  totalCountSchema,
  transactionCountsSchema,
  transactionStatsSchema,
  unknown
} from "./chunks/chunk-46Z4IXQG.js";

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      var load = function(received, defaults, onto = {}) {
        var k, ref, v;
        for (k in defaults) {
          v = defaults[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises3;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises3 = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error2) {
                e2 = error2;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises3)).find(function(x) {
              return x != null;
            });
          } catch (error2) {
            e = error2;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref, results;
            results = [];
            for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list;
          for (j = 0, len = arr.length; j < len; j++) {
            list = arr[j];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error: error2, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error2 != null ? error2 : new BottleneckError$1(message));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run2, free) {
          var error2, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error2 = error1;
            return this._onFailure(error2, eventInfo, clearGlobalState, run2, free);
          }
        }
        doExpire(clearGlobalState, run2, free) {
          var error2, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error2 = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error2, eventInfo, clearGlobalState, run2, free);
        }
        async _onFailure(error2, eventInfo, clearGlobalState, run2, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error2, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run2(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error2);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve, reject) {
            return setTimeout(resolve, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error2, reject, resolve, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve(returned);
                };
              } catch (error1) {
                error2 = error1;
                return function() {
                  return reject(error2);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve;
          resolve = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref;
            return (ref = this.instances[key]) != null ? ref : (() => {
              var limiter;
              limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key);
              return limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time, v;
              time = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error2) {
                  e = error2;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck2, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck2 = (function() {
        class Bottleneck3 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck3.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === "object" && invalid.length === 0)) {
              throw new Bottleneck3.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run2;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run2 = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run2, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run2, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = (at) => {
              var finished;
              finished = () => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at;
              };
              return new this.Promise((resolve, reject) => {
                if (finished()) {
                  return resolve();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve();
                    }
                  });
                }
              });
            };
            done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref, v;
                ref = this._scheduled;
                for (k in ref) {
                  v = ref[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck3.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck3.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error2, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error2 = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error: error2 });
              job.doDrop({ error: error2 });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck3.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck3.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck3.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck3.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck3.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve)(args3);
                });
              });
            };
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck3.default = Bottleneck3;
        Bottleneck3.Events = Events$4;
        Bottleneck3.version = Bottleneck3.prototype.version = require$$8.version;
        Bottleneck3.strategy = Bottleneck3.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck3.BottleneckError = Bottleneck3.prototype.BottleneckError = BottleneckError_1;
        Bottleneck3.Group = Bottleneck3.prototype.Group = Group_1;
        Bottleneck3.RedisConnection = Bottleneck3.prototype.RedisConnection = require$$2;
        Bottleneck3.IORedisConnection = Bottleneck3.prototype.IORedisConnection = require$$3;
        Bottleneck3.Batcher = Bottleneck3.prototype.Batcher = Batcher_1;
        Bottleneck3.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck3.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck3.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck3.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck3.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck3.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck3.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck3;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck2;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// src/main.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/config/inputs.ts
var PINNED_SENTRY_MCP = "@sentry/mcp-server@0.39.0";
var INPUTS = [
  {
    name: "auth-token",
    env: "SENTRY_AUTH_TOKEN",
    default: "",
    description: "Sentry token with event:read, org:read and project:read (an internal integration token or a user token; organization tokens cannot read issues). Masked at once."
  },
  { name: "org", env: "SENTRY_ORG", default: "", description: "Sentry organization slug." },
  {
    name: "project",
    env: "SENTRY_PROJECT",
    default: "",
    description: "One or more Sentry project slugs, comma- or newline-separated."
  },
  {
    name: "url",
    env: "SENTRY_URL",
    default: "https://sentry.io",
    description: "Sentry base URL. On sentry.io the organization's region is discovered; self-hosted URLs are used as given."
  },
  {
    name: "environment",
    env: "SENTRY_ENVIRONMENT",
    default: "",
    description: "Sentry environment, e.g. production. Empty: all environments."
  },
  {
    name: "release",
    env: "SENTRY_RELEASE",
    default: "",
    description: "Sentry release version. Default: the deployed commit SHA."
  },
  {
    name: "deployed-at",
    default: "auto",
    description: "When the release reached the environment: auto (the newest Sentry deploy record of the release in the environment, else the start of this run) or an ISO 8601 time with a time zone."
  },
  {
    name: "window",
    default: "10m",
    description: "How long to watch after the deploy: 90s, 10m, 1h or ISO 8601 PT10M (at most 6h)."
  },
  { name: "poll-interval", default: "1m", description: "How often to ask Sentry during the window." },
  {
    name: "settle",
    default: "30s",
    description: "How long after the window's end the last poll is made, so that Sentry has processed the window's last events (0s to 10m)."
  },
  { name: "fail-fast", default: "true", description: "Stop at the first poll that finds a failing issue." },
  {
    name: "fail-on",
    default: "new,regressed,unfixed",
    description: "Comma list of finding kinds that fail the job: new, regressed, spike, unfixed, latency, failure-rate, crash-rate; or none to only report."
  },
  {
    name: "latency-max-increase",
    default: "20%",
    description: "A latency finding needs a transaction's p95 since the deploy significantly above (1 + this) \xD7 its p95 before the deploy."
  },
  {
    name: "spike-alpha",
    default: "0.01",
    description: "One-sided significance level of the spike test, family-wise over the issues tested."
  },
  {
    name: "spike-min-ratio",
    default: "2",
    description: "The spike test's null hypothesis: the rate after the deploy is at most this many times the rate before."
  },
  {
    name: "spike-min-events",
    default: "10",
    description: "A spike needs at least this many events since the deploy."
  },
  {
    name: "spike-baseline",
    default: "24h",
    description: "The period just before the deploy that gives each issue's usual rate."
  },
  {
    name: "fixes",
    default: "auto",
    description: "Issues the deploy claims to fix: auto (Fixes/Resolves/Closes SHORT-ID in the pull request and the deployed commits), a list of short IDs, or none."
  },
  {
    name: "fail-on-inconclusive",
    default: "false",
    description: "Fail when Sentry received no event of the release since the deploy."
  },
  {
    name: "min-events",
    default: "1",
    description: "A finding counts only with at least this many events since the deploy."
  },
  { name: "min-users", default: "0", description: "\u2026 and at least this many affected users." },
  {
    name: "query",
    default: "",
    description: "Extra Sentry issue-search terms ANDed into every issue query, e.g. level:[error,fatal]."
  },
  {
    name: "ignore",
    default: "",
    description: "Issues never to count: short IDs (WEB-12) or /regex/ on the title, comma- or newline-separated."
  },
  {
    name: "mode",
    default: "verify",
    description: "verify (a release after its deploy) or scan (everything new or regressed in the lookback)."
  },
  { name: "lookback", default: "24h", description: "The period a scan covers." },
  {
    name: "comment",
    default: "auto",
    description: "auto (comment on the deployed commit's pull request when there are findings, and update an earlier comment whatever the result), always, or never."
  },
  {
    name: "pr-number",
    default: "",
    description: "The pull request to comment on, when the trigger does not tell."
  },
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, which action.yml must carry as written.
  { name: "github-token", default: "${{ github.token }}", description: "Token for comments and issues." },
  {
    name: "report-issue",
    default: "false",
    description: "In scan mode: keep one GitHub issue updated with the latest report."
  },
  {
    name: "max-listed",
    default: "10",
    description: "Findings listed in full in a comment or summary; the rest are counted."
  },
  {
    name: "on-error",
    default: "fail",
    description: "When Sentry cannot be asked: fail the job, or warn and pass."
  },
  { name: "source", default: "api", description: "api: Sentry's REST API; mcp: a Sentry MCP server." },
  {
    name: "mcp-command",
    default: `npx -y ${PINNED_SENTRY_MCP}`,
    description: "How to start the Sentry MCP server over stdio when source is mcp."
  },
  {
    name: "mcp-url",
    default: "",
    description: "A remote Sentry MCP endpoint (streamable HTTP) instead of a command."
  }
];
var BY_NAME = new Map(INPUTS.map((spec) => [spec.name, spec]));
function inputSpec(name) {
  const spec = BY_NAME.get(name);
  if (!spec) throw new Error(`unknown input ${name}`);
  return spec;
}

// src/config/duration.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
var SHORT = /^(?:\d+(?:ms|s|m|h|d))+$/;
var SHORT_PART = /(\d+)(ms|s|m|h|d)/g;
var ISO = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
var DURATION_FORMS = "a duration such as 90s, 10m, 1h, 1h30m, 2d or ISO 8601 PT10M";
function parseDuration(text) {
  const value = text.trim();
  if (SHORT.test(value)) {
    let total = 0;
    for (const [, amount, unit] of value.matchAll(SHORT_PART))
      total += Number(amount) * UNIT_MS[unit];
    return total;
  }
  const iso = ISO.exec(value.toUpperCase());
  if (!iso || value.length <= 2 || value.toUpperCase().endsWith("T")) return null;
  const [, d = "0", h = "0", m = "0", s = "0"] = iso;
  return Number(d) * UNIT_MS.d + Number(h) * UNIT_MS.h + Number(m) * UNIT_MS.m + Math.round(Number(s) * 1e3);
}
function formatDuration(ms) {
  if (ms === 0) return "0s";
  let rest = ms;
  let out = "";
  for (const unit of ["d", "h", "m", "s", "ms"]) {
    if (unit === "d" && ms < 2 * UNIT_MS.d) continue;
    const size = UNIT_MS[unit];
    const amount = Math.floor(rest / size);
    if (amount > 0) {
      out += `${amount}${unit}`;
      rest -= amount * size;
    }
  }
  return out;
}

// src/config/lists.ts
function parseList(text) {
  return text.split(/[,\n]/).map((item) => item.trim()).filter((item) => item.length > 0);
}
var SHORT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*-[A-Za-z0-9]+$/;
var ACCEPTS = "short IDs such as WEB-12 or /regex/ on the title (flags i, m, s, u allowed)";
function parseIgnoreRules(text) {
  const rules = [];
  let rest = text.trim();
  while (rest.length > 0) {
    if (rest.startsWith("/")) {
      const match = /^\/((?:\\.|[^\\/\n])+)\/([a-z]*)\s*(?:[,\n]|$)/.exec(rest);
      if (!match)
        return {
          problem: `must be ${ACCEPTS}; a /regex/ is not closed in ${JSON.stringify(rest.slice(0, 40))}`
        };
      const [whole, source = "", flags = ""] = match;
      if (/[^imsu]/.test(flags))
        return { problem: `must be ${ACCEPTS}; /${source}/${flags} has flags other than i, m, s, u` };
      try {
        rules.push({ kind: "title", pattern: new RegExp(source, flags), source: `/${source}/${flags}` });
      } catch (error2) {
        return {
          problem: `must be ${ACCEPTS}; /${source}/ is not a valid regex (${error2.message})`
        };
      }
      rest = rest.slice(whole.length).trim();
      continue;
    }
    const end = rest.search(/[,\n]/);
    const item = (end === -1 ? rest : rest.slice(0, end)).trim();
    rest = end === -1 ? "" : rest.slice(end + 1).trim();
    if (item.length === 0) continue;
    if (!SHORT_ID.test(item))
      return { problem: `must be ${ACCEPTS}; ${JSON.stringify(item.slice(0, 40))} is neither` };
    rules.push({ kind: "short-id", shortId: item.toUpperCase() });
  }
  return { rules };
}
function parseCommand(text) {
  const words = [];
  const pattern = /\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/gy;
  let word = null;
  let at = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const part = match[1] ?? match[2] ?? match[3] ?? "";
    if (word !== null && !/^\s/.test(match[0])) word += part;
    else {
      if (word !== null) words.push(word);
      word = part;
    }
    at = pattern.lastIndex;
  }
  if (text.slice(at).trim())
    return { problem: `has an unclosed quote in ${JSON.stringify(text.slice(at, at + 40))}` };
  if (word !== null) words.push(word);
  return { words };
}

// src/config/schema.ts
var FINDING_KINDS = [
  "new",
  "regressed",
  "spike",
  "unfixed",
  "latency",
  "failure-rate",
  "crash-rate"
];
var problem = (message) => ({ problem: message });
var isProblem = (value) => typeof value === "object" && value !== null && "problem" in value;
function field(name, parse3) {
  return string().optional().transform((raw, ctx) => {
    const text = raw?.trim() ? raw.trim() : inputSpec(name).default;
    const result = parse3(text);
    if (isProblem(result)) {
      ctx.addIssue({ code: "custom", message: result.problem });
      return NEVER;
    }
    return result;
  });
}
var shown = (text) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}\u2026` : text);
function oneOf(choices) {
  return (text) => choices.includes(text.toLowerCase()) ? text.toLowerCase() : problem(`must be one of ${choices.join(", ")}; got ${shown(text)}`);
}
function boolean2(text) {
  const value = text.toLowerCase();
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  return problem(`must be true or false; got ${shown(text)}`);
}
function integer(min, max) {
  return (text) => {
    const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    return Number.isSafeInteger(value) && value >= min && value <= max ? value : problem(`must be a whole number from ${min} to ${max}; got ${shown(text)}`);
  };
}
function decimal(min, max, { exclusiveMin = false } = {}) {
  return (text) => {
    const value = /^\d+(\.\d+)?$|^\.\d+$/.test(text) ? Number(text) : Number.NaN;
    const aboveMin = exclusiveMin ? value > min : value >= min;
    return aboveMin && value <= max ? value : problem(
      `must be a number ${exclusiveMin ? "above" : "from"} ${min} ${exclusiveMin ? "and at most" : "to"} ${max}; got ${shown(text)}`
    );
  };
}
function duration(minMs, maxMs, range) {
  return (text) => {
    const ms = parseDuration(text);
    if (ms === null) return problem(`must be ${DURATION_FORMS}; got ${shown(text)}`);
    if (ms < minMs || ms > maxMs) return problem(`must be ${range}; got ${shown(text)}`);
    return ms;
  };
}
function required(what, envName) {
  return `is required: ${what}${envName ? ` (or set ${envName})` : ""}`;
}
var SLUG = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
var slugProblem = (text) => text === "." || text === ".." || !SLUG.test(text) || text.length > 100;
var RELEASE_FORBIDDEN = /[/\\\n\r\t\f]/;
var SHORT_ID2 = /^[A-Za-z0-9][A-Za-z0-9_-]*-[A-Za-z0-9]+$/;
var ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
var MAX_FIXES = 50;
var HOUR = 36e5;
var MAX_CLOCK_SKEW_MS = 6e4;
var DAY = 24 * HOUR;
function schema(context, scanning) {
  return object({
    "auth-token": field("auth-token", (text) => {
      if (!text)
        return problem(
          required("a Sentry token with event:read, org:read and project:read", "SENTRY_AUTH_TOKEN")
        );
      if (/\s/.test(text)) return problem("contains white space; paste the token alone");
      return text;
    }),
    org: field("org", (text) => {
      if (!text) return problem(required("the Sentry organization slug", "SENTRY_ORG"));
      return slugProblem(text) ? problem(`must be an organization slug such as acme; got ${shown(text)}`) : text;
    }),
    project: field("project", (text) => {
      const slugs = parseList(text);
      if (slugs.length === 0)
        return problem(required("one or more project slugs, comma-separated", "SENTRY_PROJECT"));
      const bad = slugs.find(slugProblem);
      if (bad !== void 0)
        return problem(`must be project slugs such as web or web,api; ${shown(bad)} is not one`);
      return [...new Set(slugs)];
    }),
    url: field("url", (text) => {
      let url;
      try {
        url = new URL(text);
      } catch {
        return problem(`must be an http or https URL such as https://sentry.example.com; got ${shown(text)}`);
      }
      if (url.protocol !== "https:" && url.protocol !== "http:")
        return problem(`must be an http or https URL; got ${shown(text)}`);
      if (url.username || url.password)
        return problem("must not carry a user name or password; use auth-token");
      if (url.search || url.hash)
        return problem(`must be a base URL without ?query or #fragment; got ${shown(text)}`);
      const path = url.pathname.replace(/\/+$/, "").replace(/\/api\/0$/, "");
      return `${url.origin}${path}`;
    }),
    environment: field("environment", (text) => {
      if (!text) return null;
      return /[\n\r\t]/.test(text) || text.length > 64 ? problem(`must be one Sentry environment name of at most 64 characters; got ${shown(text)}`) : text;
    }),
    release: field("release", (text) => {
      const value = text || context.deployedCommit || "";
      if (!value && scanning) return "";
      if (!value)
        return problem(
          required(
            "the Sentry release version; it defaults to the deployed commit SHA, which is not known here",
            "SENTRY_RELEASE"
          )
        );
      if (value.length > 200 || RELEASE_FORBIDDEN.test(value) || value === "." || value === "..")
        return problem(
          `must be a Sentry release version: at most 200 characters, no slash, backslash, tab or newline; got ${shown(value)}`
        );
      return value;
    }),
    "deployed-at": field("deployed-at", (text) => {
      if (text.toLowerCase() === "auto") return "auto";
      const time = ISO_TIME.test(text) ? new Date(text) : null;
      if (!time || Number.isNaN(time.getTime()))
        return problem(
          `must be auto or an ISO 8601 time with a time zone, such as 2026-11-25T14:03:00Z; got ${shown(text)}`
        );
      if (context.now !== void 0 && time.getTime() > context.now + MAX_CLOCK_SKEW_MS)
        return problem(
          `must not be in the future (more than a minute ahead of this machine's clock); got ${shown(text)}`
        );
      return time;
    }),
    window: field("window", duration(1e3, 6 * HOUR, "from 1s to 6h (a GitHub job runs at most 6 hours)")),
    "poll-interval": field("poll-interval", duration(1e3, HOUR, "from 1s to 1h")),
    settle: field("settle", duration(0, 10 * 6e4, "from 0s to 10m")),
    "fail-fast": field("fail-fast", boolean2),
    "fail-on": field("fail-on", (text) => {
      const kinds = parseList(text.toLowerCase());
      if (kinds.length === 1 && kinds[0] === "none") return [];
      const bad = kinds.find((kind) => !FINDING_KINDS.includes(kind));
      if (bad !== void 0 || kinds.length === 0)
        return problem(`must be a comma list of ${FINDING_KINDS.join(", ")}, or none; got ${shown(text)}`);
      return [...new Set(kinds)];
    }),
    "latency-max-increase": field("latency-max-increase", (text) => {
      const match = /^(\d+(?:\.\d+)?)%$/.exec(text);
      const percent2 = match ? Number(match[1]) : Number.NaN;
      return percent2 >= 0 && percent2 <= 1e3 ? percent2 / 100 : problem(`must be a percentage from 0% to 1000%, such as 20%; got ${shown(text)}`);
    }),
    "spike-alpha": field("spike-alpha", decimal(0, 0.5, { exclusiveMin: true })),
    "spike-min-ratio": field("spike-min-ratio", decimal(1, 1e3)),
    "spike-min-events": field("spike-min-events", integer(1, 1e6)),
    "spike-baseline": field("spike-baseline", duration(HOUR, 30 * DAY, "from 1h to 30d")),
    fixes: field("fixes", (text) => {
      const lower = text.toLowerCase();
      if (lower === "auto" || lower === "none") return lower;
      const ids = parseList(text);
      const bad = ids.find((id) => !SHORT_ID2.test(id));
      if (bad !== void 0)
        return problem(`must be auto, none, or Sentry short IDs such as WEB-123; ${shown(bad)} is not one`);
      const unique = [...new Set(ids.map((id) => id.toUpperCase()))];
      if (unique.length > MAX_FIXES)
        return problem(`must list at most ${MAX_FIXES} short IDs; got ${unique.length}`);
      return unique;
    }),
    "fail-on-inconclusive": field("fail-on-inconclusive", boolean2),
    "min-events": field("min-events", integer(1, 1e9)),
    "min-users": field("min-users", integer(0, 1e9)),
    query: field(
      "query",
      (text) => /[\n\r]/.test(text) ? problem("must be Sentry search terms on one line, such as level:[error,fatal]") : text
    ),
    ignore: field("ignore", (text) => {
      const rules = parseIgnoreRules(text);
      return "problem" in rules ? problem(rules.problem) : rules.rules;
    }),
    mode: field("mode", oneOf(["verify", "scan"])),
    lookback: field("lookback", duration(6e4, 90 * DAY, "from 1m to 90d (Sentry keeps 90 days)")),
    comment: field("comment", oneOf(["auto", "always", "never"])),
    "pr-number": field("pr-number", (text) => text ? integer(1, 1e9)(text) : null),
    "github-token": field("github-token", (text) => text.startsWith("${{") ? "" : text),
    "report-issue": field("report-issue", boolean2),
    "max-listed": field("max-listed", integer(0, 200)),
    "on-error": field("on-error", oneOf(["fail", "warn"])),
    source: field("source", oneOf(["api", "mcp"])),
    "mcp-command": field("mcp-command", (text) => {
      const command = parseCommand(text);
      if ("problem" in command) return problem(command.problem);
      return command.words.length > 0 ? command.words : problem(
        "must be the command that starts the Sentry MCP server, e.g. npx -y @sentry/mcp-server@0.39.0"
      );
    }),
    "mcp-url": field("mcp-url", (text) => {
      if (!text) return null;
      try {
        const url = new URL(text);
        if (url.protocol === "https:" || url.protocol === "http:") return url.toString();
      } catch {
      }
      return problem(`must be an http or https URL of a Sentry MCP endpoint; got ${shown(text)}`);
    })
  });
}
function parseConfig(raw, context = {}) {
  const scanning = (raw.mode?.trim() || inputSpec("mode").default).toLowerCase() === "scan";
  const shape = schema(context, scanning);
  const result = shape.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue2) => ({
      input: String(issue2.path[0]),
      message: issue2.message
    }));
    const onError = shape.shape["on-error"].safeParse(raw["on-error"]);
    return { ok: false, problems, onError: onError.success ? onError.data : "fail" };
  }
  const v = result.data;
  return {
    ok: true,
    config: {
      authToken: v["auth-token"],
      org: v.org,
      projects: v.project,
      url: v.url,
      environment: v.environment,
      release: v.release,
      deployedAt: v["deployed-at"],
      windowMs: v.window,
      pollIntervalMs: v["poll-interval"],
      settleMs: v.settle,
      failFast: v["fail-fast"],
      failOn: v["fail-on"],
      latencyMaxIncrease: v["latency-max-increase"],
      spikeAlpha: v["spike-alpha"],
      spikeMinRatio: v["spike-min-ratio"],
      spikeMinEvents: v["spike-min-events"],
      spikeBaselineMs: v["spike-baseline"],
      fixes: v.fixes,
      failOnInconclusive: v["fail-on-inconclusive"],
      minEvents: v["min-events"],
      minUsers: v["min-users"],
      query: v.query,
      ignore: v.ignore,
      mode: v.mode,
      lookbackMs: v.lookback,
      comment: v.comment,
      prNumber: v["pr-number"],
      githubToken: v["github-token"],
      reportIssue: v["report-issue"],
      maxListed: v["max-listed"],
      onError: v["on-error"],
      source: v.source,
      mcpCommand: v["mcp-command"],
      mcpUrl: v["mcp-url"]
    }
  };
}

// src/engine/findings.ts
function toFinding(kind, issue2, deployedAt) {
  const firstSeen2 = issue2.firstSeen;
  return {
    kind,
    subject: "issue",
    id: issue2.id,
    shortId: issue2.shortId,
    title: issue2.title,
    project: issue2.projectSlug,
    events: issue2.events,
    users: issue2.users,
    firstSeen: firstSeen2 ? firstSeen2.toISOString() : null,
    permalink: issue2.permalink,
    culprit: issue2.culprit,
    level: issue2.level,
    category: issue2.category,
    secondsAfterDeploy: secondsAfter(firstSeen2, deployedAt),
    location: null,
    spike: null,
    latency: null,
    rate: null
  };
}
function secondsAfter(firstSeen2, deployedAt) {
  return firstSeen2 && deployedAt ? Math.round((firstSeen2.getTime() - deployedAt.getTime()) / 1e3) : null;
}
function sortFindings(findings, failOn) {
  const rank = (finding) => (failOn.includes(finding.kind) ? 0 : FINDING_KINDS.length) + FINDING_KINDS.indexOf(finding.kind);
  return findings.sort(
    (a, b) => rank(a) - rank(b) || b.events - a.events || a.shortId.localeCompare(b.shortId)
  );
}

// src/engine/quantities.ts
function milliseconds(ms) {
  if (ms < 10) return `${Number(ms.toFixed(1))} ms`;
  if (Math.round(ms) < 1e3) return `${Math.round(ms)} ms`;
  if (ms < 6e4) return `${Number((ms / 1e3).toPrecision(3))} s`;
  return formatDuration(Math.round(ms / 1e3) * 1e3);
}
function percent(share) {
  if (share <= 0) return "0%";
  const value = Number((share * 100).toFixed(2));
  if (share < 1 && value === 0) return "< 0.01%";
  if (share < 1 && value === 100) return "> 99.99%";
  return `${value}%`;
}
function thousands(count2) {
  return count2.toLocaleString("en-US");
}
function count(n, one, many = `${one}s`) {
  return `${thousands(n)} ${n === 1 ? one : many}`;
}
function utc(iso) {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

// src/stats/zero-count-bound.ts
function zeroCountUpperBound(trials, confidence = 0.95) {
  if (!(trials >= 1)) return 1;
  return -Math.expm1(Math.log(1 - confidence) / trials);
}

// src/engine/verdict.ts
function verifyScope(release, environment, windowText) {
  const where = environment ? ` in ${environment}` : "";
  return {
    findings: `in release ${release}${where} since its deploy`,
    clean: `no new, regressed or spiking issues in release ${release}${where} within ${windowText} of its deploy`,
    unseen: (traffic) => {
      const counted = ["error event"];
      const uncounted = [];
      for (const [kind, count2] of [
        ["transaction", traffic?.transactions],
        ["session", traffic?.sessions]
      ])
        (count2 === null ? uncounted : counted).push(kind);
      const kinds = counted.length === 1 ? counted[0] : `${counted.slice(0, -1).join(", ")} or ${counted.at(-1)}`;
      const unknown2 = uncounted.length > 0 ? `; its ${uncounted.map((kind) => `${kind}s`).join(" and ")} could not be counted` : "";
      return `Sentry received no ${kinds} of release ${release}${where} since its rollout began (in an issue of any category${unknown2}): is the SDK's release set to it?`;
    }
  };
}
function scanScope(environment, lookbackText) {
  const where = environment ? ` in ${environment}` : "";
  return {
    findings: `${where} in the last ${lookbackText}`.trim(),
    clean: `no new or regressed issues${where} in the last ${lookbackText}`,
    unseen: () => ""
  };
}
var KIND_WORDS = {
  new: ["new issue", "new issues"],
  regressed: ["regressed issue", "regressed issues"],
  spike: ["spiking issue", "spiking issues"],
  unfixed: ["claimed fix that did not work", "claimed fixes that did not work"],
  latency: ["slower transaction", "slower transactions"],
  "failure-rate": ["transaction failing more often", "transactions failing more often"],
  "crash-rate": ["crash-rate regression", "crash-rate regressions"]
};
function zeroCounts() {
  return Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0]));
}
function countByKind(findings) {
  const counts = zeroCounts();
  for (const finding of findings) counts[finding.kind] += 1;
  return counts;
}
function describeCounts(counts, kinds = FINDING_KINDS) {
  const parts = kinds.filter((kind) => counts[kind] > 0).map((kind) => `${counts[kind]} ${KIND_WORDS[kind][counts[kind] === 1 ? 0 : 1]}`);
  if (parts.length <= 1) return parts[0] ?? "no findings";
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
function decideVerdict(input) {
  const counts = countByKind(input.findings);
  const failing = input.failOn.filter((kind) => counts[kind] > 0);
  if (failing.length > 0)
    return { verdict: "fail", reason: `${describeCounts(counts, failing)} ${input.scope.findings}` };
  if (!input.releaseSeen) return { verdict: "inconclusive", reason: input.scope.unseen(input.traffic) };
  if (input.findings.length > 0) {
    const failOn = input.failOn.length > 0 ? input.failOn.join(",") : "none";
    return {
      verdict: "pass",
      reason: `${describeCounts(counts)} reported ${input.scope.findings}, none of a kind that fails the check (fail-on: ${failOn})`
    };
  }
  const received = input.traffic ? describeTraffic(input.traffic) : null;
  return { verdict: "pass", reason: received ? `${input.scope.clean}, in ${received}` : input.scope.clean };
}
function describeTraffic(traffic) {
  const parts = [
    [traffic.transactions, "transaction"],
    [traffic.sessions, "session"],
    [traffic.errors, "error event"]
  ].flatMap(([n, word]) => n !== null && n > 0 ? [count(n, word)] : []);
  if (parts.length === 0) return null;
  const listed = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  const requests = traffic.transactions ?? 0;
  if (requests === 0) return `${listed} of it`;
  const bound = zeroCountUpperBound(requests);
  return `${listed} of it (no new error in ${count(requests, "transaction")}: fewer than ${percent(bound)} of them hit one, 95% upper bound)`;
}
function describeFixes(fixes) {
  const confirmed = fixes.filter((fix) => fix.status === "confirmed").length;
  const unverified = fixes.filter((fix) => fix.status === "unverified").length;
  const parts = [
    ...confirmed > 0 ? [`${confirmed} claimed ${confirmed === 1 ? "fix" : "fixes"} confirmed`] : [],
    ...unverified > 0 ? [`${unverified} claimed ${unverified === 1 ? "fix" : "fixes"} unverified`] : []
  ];
  return parts.length > 0 ? parts.join(", ") : null;
}
function failsJob(verdict, options) {
  if (verdict === "fail") return true;
  if (verdict === "inconclusive") return options.failOnInconclusive;
  if (verdict === "error") return options.onError === "fail";
  return false;
}

// src/engine/build-report.ts
function buildReport(parts) {
  const { config, evaluation } = parts;
  const findings = sortFindings(evaluation.findings, config.failOn);
  const decided = decideVerdict({
    findings,
    failOn: config.failOn,
    releaseSeen: evaluation.releaseSeen,
    scope: parts.scope,
    traffic: parts.traffic
  });
  const fixes = describeFixes(parts.fixes);
  const { verdict } = decided;
  const reason = fixes ? withFixes(decided.reason, fixes) : decided.reason;
  const notes = [...parts.notes];
  if (evaluation.ignored > 0)
    notes.push(
      `${count(evaluation.ignored, "issue")} matched the ignore input and ${evaluation.ignored === 1 ? "was" : "were"} not counted.`
    );
  if (evaluation.belowThresholds > 0)
    notes.push(
      `${count(evaluation.belowThresholds, "issue")} had fewer than min-events (${config.minEvents}) or min-users (${config.minUsers}) ${config.mode === "scan" ? "in the period" : "since the deploy"} and ${evaluation.belowThresholds === 1 ? "was" : "were"} not counted.`
    );
  const listed = Math.min(config.maxListed, findings.length);
  return {
    ...baseReport(config, parts.evaluatedAt),
    verdict,
    reason,
    release: config.mode === "scan" ? null : config.release,
    deployedAt: parts.deploy ? parts.deploy.at.toISOString() : null,
    deployedAtSource: parts.deploy ? parts.deploy.source : null,
    rolloutStartedAt: parts.deploy ? parts.deploy.rolloutStart.toISOString() : null,
    window: parts.windowText,
    windowEnd: parts.windowEnd.toISOString(),
    settledAt: parts.settledPoll ? parts.settledPoll.toISOString() : null,
    final: parts.settledPoll !== null,
    polls: parts.polls,
    counts: countByKind(findings),
    findings,
    fixes: parts.fixes,
    spikeTest: parts.spikeTest,
    traffic: parts.traffic,
    performance: parts.performance,
    listed,
    omitted: findings.length - listed,
    timeline: parts.timeline,
    notes
  };
}
function withFixes(reason, fixes) {
  return /[.?!]$/.test(reason) ? `${reason} ${fixes.charAt(0).toUpperCase()}${fixes.slice(1)}.` : `${reason}; ${fixes}`;
}
function errorReport(config, reason, evaluatedAt) {
  return {
    ...baseReport(config, evaluatedAt),
    verdict: "error",
    reason
  };
}
function baseReport(config, evaluatedAt) {
  return {
    verdict: "error",
    reason: "",
    mode: config?.mode ?? "verify",
    release: config?.release ?? null,
    environment: config?.environment ?? null,
    projects: config?.projects ?? [],
    org: config?.org ?? "",
    deployedAt: null,
    deployedAtSource: null,
    rolloutStartedAt: null,
    window: config ? formatDuration(config.windowMs) : "",
    windowEnd: null,
    settledAt: null,
    final: false,
    evaluatedAt: evaluatedAt.toISOString(),
    polls: 0,
    counts: zeroCounts(),
    findings: [],
    fixes: [],
    spikeTest: null,
    traffic: { errors: null, transactions: null, sessions: null },
    performance: null,
    listed: 0,
    omitted: 0,
    timeline: null,
    notes: []
  };
}

// src/engine/clock.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
};

// src/engine/deadline.ts
var GRACE_AFTER_WINDOW_MS = 2 * 6e4;
function runDeadline(config, now) {
  if (config.mode === "scan") return now + GRACE_AFTER_WINDOW_MS;
  const latestDeploy = config.deployedAt === "auto" ? now : Math.max(now, config.deployedAt.getTime());
  return latestDeploy + config.windowMs + config.settleMs + GRACE_AFTER_WINDOW_MS;
}

// src/engine/filters.ts
function ignoredBy(issue2, rules) {
  const shortId = issue2.shortId.toUpperCase();
  const title = issue2.title.slice(0, 1e3);
  for (const rule of rules) {
    if (rule.kind === "short-id" ? rule.shortId === shortId : rule.pattern.test(title)) return rule;
  }
  return null;
}
function meetsThresholds(issue2, minEvents, minUsers) {
  return issue2.events >= minEvents && issue2.users >= minUsers;
}

// src/engine/collect.ts
async function collectFindings(candidates, config, deployedAt) {
  const findings = /* @__PURE__ */ new Map();
  let ignored = 0;
  let belowThresholds = 0;
  const consider = (kind, issue2) => {
    if (findings.has(issue2.id)) return;
    if (ignoredBy(issue2, config.ignore)) ignored += 1;
    else if (!meetsThresholds(issue2, config.minEvents, config.minUsers)) belowThresholds += 1;
    else findings.set(issue2.id, toFinding(kind, issue2, deployedAt));
  };
  let fresh = 0;
  const [, regressed] = await Promise.all([
    (async () => {
      for await (const issue2 of candidates.fresh) {
        fresh += 1;
        consider("new", issue2);
      }
    })(),
    (async () => {
      const kept = [];
      for await (const issue2 of candidates.regressed)
        if (await candidates.confirmRegression(issue2)) kept.push(issue2);
      return kept;
    })()
  ]);
  for (const issue2 of regressed) consider("regressed", issue2);
  return { findings: [...findings.values()], ignored, belowThresholds, candidates: fresh + regressed.length };
}

// src/engine/locations.ts
var CONCURRENT_LOOKUPS = 4;
async function addLocations(source, findings, config, notes) {
  const byIssue = /* @__PURE__ */ new Map();
  for (const finding of findings.slice(0, config.maxListed))
    byIssue.set(finding.id, [...byIssue.get(finding.id) ?? [], finding]);
  const queue = [...byIssue.entries()];
  let failed = 0;
  let lastError = "";
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [issueId, listed] = next;
      try {
        const location = await source.latestEventLocation(issueId, config.environment);
        for (const finding of listed) finding.location = location;
      } catch (error2) {
        failed += 1;
        lastError = error2 instanceof Error ? error2.message : String(error2);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_LOOKUPS }, worker));
  if (failed > 0) notes.push(`Could not look up where ${failed} finding(s) happened: ${lastError}`);
}

// src/engine/regression.ts
function regressionSince(activity, since, release) {
  let earliest = null;
  for (const entry of activity) {
    if (entry.type !== "set_regression" || entry.dateCreated < since) continue;
    if (release !== void 0 && entry.version !== release) continue;
    if (earliest === null || entry.dateCreated < earliest) earliest = entry.dateCreated;
  }
  return earliest;
}
function regressionsNeedDates(releaseFirstEvent, deployedAt) {
  return releaseFirstEvent !== null && releaseFirstEvent < deployedAt;
}

// src/engine/scan.ts
var REGRESSED_SUBSTATUS_MS = 7 * 24 * 36e5;
async function scanErrors(config, deps) {
  const { source } = deps;
  const now = new Date(deps.clock.now());
  const since = new Date(now.getTime() - config.lookbackMs);
  const projects = await source.resolveProjects(config.projects);
  const search = {
    projects,
    environment: config.environment,
    start: since,
    end: now,
    userQuery: config.query
  };
  const cameBack = /* @__PURE__ */ new Map();
  const found = await collectFindings(
    {
      fresh: source.searchIssues({ ...search, firstSeenFrom: since }),
      // is:regressed includes regressions up to a week old; the activity log says whether this one is recent.
      regressed: source.searchIssues({ ...search, regressed: true }),
      confirmRegression: async (issue2) => {
        const at = regressionSince(await source.issueActivity(issue2.id), since);
        if (at) cameBack.set(issue2.id, at);
        return at !== null;
      }
    },
    config,
    null
  );
  for (const finding of found.findings) {
    const at = finding.kind === "regressed" ? cameBack.get(finding.id) : void 0;
    if (at) finding.firstSeen = at.toISOString();
  }
  const notes = [...source.limitations];
  if (config.lookbackMs > REGRESSED_SUBSTATUS_MS)
    notes.push(
      "Sentry marks an issue regressed for seven days only: regressions older than that within the lookback are not found."
    );
  sortFindings(found.findings, config.failOn);
  await addLocations(source, found.findings, config, notes);
  const lookback = formatDuration(config.lookbackMs);
  return buildReport({
    config,
    scope: scanScope(config.environment, lookback),
    windowText: lookback,
    deploy: null,
    timeline: null,
    windowEnd: now,
    evaluation: { ...found, releaseSeen: true },
    fixes: [],
    spikeTest: null,
    performance: null,
    traffic: { errors: null, transactions: null, sessions: null },
    polls: 1,
    // A scan never waits: what Sentry had at the scan is its final answer for the lookback.
    settledPoll: now,
    notes,
    evaluatedAt: now
  });
}

// src/engine/deploy-time.ts
var MAX_CLOCK_SKEW_MS2 = 6e4;
var MAX_BEFORE_RELEASE_MS = 24 * 36e5;
function chooseDeployTime(requested, deploys, environment, runStart, releaseCreated = null) {
  if (requested !== "auto") return { at: requested, rolloutStart: requested, source: "input" };
  const notes = [];
  const earliest = releaseCreated === null ? null : releaseCreated.getTime() - MAX_BEFORE_RELEASE_MS;
  const tooEarly = (date) => earliest !== null && date.getTime() < earliest;
  const contradiction = (deploy, what, date) => `Sentry's deploy record ${deploy.id} (${deploy.environment}) ${what} ${date.toISOString()}, more than a day before the release was created (${releaseCreated?.toISOString()})`;
  let newest = null;
  for (const deploy of deploys) {
    if (environment !== null && deploy.environment !== environment) continue;
    const at = deploy.dateFinished ?? deploy.dateStarted;
    if (!at) continue;
    if (at.getTime() > runStart.getTime() + MAX_CLOCK_SKEW_MS2) {
      notes.push(
        `Sentry's deploy record ${deploy.id} (${deploy.environment}) is dated ${at.toISOString()}, after this run began (${runStart.toISOString()}): not used.`
      );
      continue;
    }
    if (tooEarly(at)) {
      notes.push(`${contradiction(deploy, "is dated", at)}: not used.`);
      continue;
    }
    if (newest === null || at > newest.at) newest = { at, started: deploy.dateStarted, record: deploy };
  }
  const withNotes = (time) => notes.length > 0 ? { ...time, notes } : time;
  if (newest === null) return withNotes({ at: runStart, rolloutStart: runStart, source: "run-start" });
  let started = newest.started;
  if (started && tooEarly(started)) {
    notes.push(
      `${contradiction(newest.record, "says its rollout began", started)}: the rollout is counted from its end.`
    );
    started = null;
  }
  if (started && started > newest.at) {
    notes.push(
      `Sentry's deploy record ${newest.record.id} (${newest.record.environment}) says its rollout began ${started.toISOString()}, after it finished (${newest.at.toISOString()}): no rollout is counted.`
    );
  }
  const rolloutStart = started && started < newest.at ? started : newest.at;
  return withNotes({ at: newest.at, rolloutStart, source: "deploy-record" });
}

// src/engine/fix-claims.ts
var KEYWORDS = /* @__PURE__ */ new Set([
  "fix",
  "fixes",
  "fixed",
  "resolve",
  "resolves",
  "resolved",
  "close",
  "closes",
  "closed"
]);
var LONGEST_KEYWORD = 8;
var BASE32_NUMBER = /^[0-9A-HJKMNP-TV-Z]+$/;
var SLUG_PREFIX = /^[A-Z0-9_]+(?:-[A-Z0-9_]+)*$/;
var MAX_SHORT_ID = 80;
var MAX_LINK_DESTINATION = 2048;
var LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
var SPACE = /\s/;
function findFixClaims(texts) {
  const claims = /* @__PURE__ */ new Map();
  for (const { where, text } of texts) {
    for (const shortId of claimedIn(visibleText(text))) {
      const claim = claims.get(shortId);
      if (!claim) claims.set(shortId, { shortId, where: [where] });
      else if (!claim.where.includes(where)) claim.where.push(where);
    }
  }
  return [...claims.values()];
}
function claimsForProjects(claims, projectSlugs) {
  const prefixes = new Set(projectSlugs.map((slug) => slug.trim().toUpperCase()));
  const inProjects = [];
  const elsewhere = [];
  for (const claim of claims) {
    const shortId = claim.shortId.toUpperCase();
    const cut = shortId.lastIndexOf("-");
    const ours = cut > 0 && prefixes.has(shortId.slice(0, cut)) && BASE32_NUMBER.test(shortId.slice(cut + 1));
    (ours ? inProjects : elsewhere).push(claim);
  }
  return { inProjects, elsewhere };
}
function isShortId(token) {
  if (token.length > MAX_SHORT_ID) return false;
  const upper = token.toUpperCase();
  const cut = upper.lastIndexOf("-");
  if (cut <= 0) return false;
  const prefix = upper.slice(0, cut);
  return SLUG_PREFIX.test(prefix) && !/^[0-9]+$/.test(prefix) && BASE32_NUMBER.test(upper.slice(cut + 1));
}
function claimedIn(text) {
  const found = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text, i)) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < text.length && isWordChar(text, i)) i += 1;
    if (i - start <= LONGEST_KEYWORD && KEYWORDS.has(text.slice(start, i).toLowerCase())) {
      i = Math.max(i, readList(text, i, found));
    }
  }
  return found;
}
function readList(text, at, found) {
  let i = skipStars(text, at);
  if (text[i] === ":") i = skipStars(text, i + 1);
  if (!isSpace(text, i)) return at;
  while (isSpace(text, i)) i += 1;
  for (; ; ) {
    const item = readShortId(text, i);
    if (!item) return i;
    found.push(item.shortId);
    const end = item.end;
    i = end;
    for (; ; ) {
      if (text[i] === "," || text[i] === "&" || isSpace(text, i)) i += 1;
      else if (text.slice(i, i + 3).toLowerCase() === "and" && !isWordChar(text, i + 3)) i += 3;
      else break;
    }
    if (i === end) return i;
  }
}
function readShortId(text, at) {
  let i = skipStars(text, at);
  const link = text[i] === "[";
  if (link) i += 1;
  const start = i;
  const limit = start + MAX_SHORT_ID + 1;
  while (i < text.length && i < limit && isIdChar(text.charCodeAt(i))) i += 1;
  const token = text.slice(start, i);
  if (isIdChar(text.charCodeAt(i)) || !isShortId(token)) return null;
  let end = i;
  if (link) end = linkEnd(text, i);
  else {
    const next = text[i];
    if (next === "#" || next === "/" || next === "\\" || isWordChar(text, i)) end = null;
    else if ((next === "." || next === ":" || next === "@") && isWordChar(text, i + 1)) end = null;
  }
  return end === null ? null : { shortId: token.toUpperCase(), end: skipStars(text, end) };
}
function skipStars(text, at) {
  let i = at;
  while (i < at + 3 && text[i] === "*") i += 1;
  return i;
}
function linkEnd(text, at) {
  if (!text.startsWith("](", at)) return null;
  const limit = Math.min(text.length, at + 2 + MAX_LINK_DESTINATION);
  for (let i = at + 2; i < limit; i += 1) {
    if (text[i] === ")") return i + 1;
    if (isSpace(text, i)) return null;
  }
  return null;
}
function isIdChar(code) {
  return code >= 48 && code <= 57 || // 0-9
  code >= 65 && code <= 90 || // A-Z
  code >= 97 && code <= 122 || // a-z
  code === 95 || // _
  code === 45;
}
function isWordChar(text, i) {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return isIdChar(code);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i) ?? code));
}
function isSpace(text, i) {
  const c = text[i];
  return c !== void 0 && SPACE.test(c);
}
function visibleText(text) {
  const spans = new BacktickRuns(text);
  const out = [];
  let i = 0;
  let copied = 0;
  const skip = (from, to) => {
    out.push(text.slice(copied, from), from < to && text.slice(from, to).includes("\n") ? "\n" : " ");
    copied = to;
  };
  while (i < text.length) {
    if (i === 0 || text[i - 1] === "\n") {
      const fence = fenceAt(text, i);
      if (fence) {
        const end = fenceEnd(text, fence);
        skip(i, end);
        i = end;
        continue;
      }
    }
    const c = text[i];
    if (c === "<" && text.startsWith("<!--", i)) {
      const close = text.indexOf("-->", i + 4);
      const end = close < 0 ? text.length : close + 3;
      skip(i, end);
      i = end;
    } else if (c === "`") {
      let run2 = i;
      while (text[run2] === "`") run2 += 1;
      const closer = spans.closer(i, run2 - i);
      if (closer === null) i = run2;
      else {
        skip(i, closer + (run2 - i));
        i = closer + (run2 - i);
      }
    } else i += 1;
  }
  out.push(text.slice(copied));
  return out.join("");
}
function fenceAt(text, at) {
  const lineEnd = endOfLine(text, at);
  let i = skipIndentAndQuotes(text, at, lineEnd);
  const char = text[i];
  if (char !== "`" && char !== "~") return null;
  const start = i;
  while (text[i] === char) i += 1;
  const length = i - start;
  if (length < 3) return null;
  if (char === "`" && text.slice(i, lineEnd).includes("`")) return null;
  return { char, length, body: Math.min(text.length, lineEnd + 1) };
}
function fenceEnd(text, fence) {
  let line = fence.body;
  while (line < text.length) {
    const lineEnd = endOfLine(text, line);
    let i = skipIndentAndQuotes(text, line, lineEnd);
    const start = i;
    while (i < lineEnd && text[i] === fence.char) i += 1;
    if (i - start >= fence.length && text.slice(i, lineEnd).trim() === "") return lineEnd;
    line = lineEnd + 1;
  }
  return text.length;
}
function skipIndentAndQuotes(text, at, lineEnd) {
  let i = at;
  while (i < lineEnd && (text[i] === " " || text[i] === "	" || text[i] === ">")) i += 1;
  return i;
}
function endOfLine(text, at) {
  const newline = text.indexOf("\n", at);
  return newline < 0 ? text.length : newline;
}
var BacktickRuns = class {
  byLength = /* @__PURE__ */ new Map();
  /** Starts of blank lines, in order, and the first one not yet passed. */
  blankLines = [];
  nextBlank = 0;
  constructor(text) {
    for (let i = 0; i < text.length; ) {
      if (text[i] !== "`") {
        i += 1;
        continue;
      }
      const start = i;
      while (text[i] === "`") i += 1;
      const runs = this.byLength.get(i - start) ?? { starts: [], next: 0 };
      runs.starts.push(start);
      this.byLength.set(i - start, runs);
    }
    for (const match of text.matchAll(/\n[ \t\r]*(?=\n)/g)) this.blankLines.push(match.index + 1);
  }
  /** The start of the run closing a span opened by `length` backticks at `at`, within its paragraph. */
  closer(at, length) {
    const runs = this.byLength.get(length);
    if (!runs) return null;
    while (runs.next < runs.starts.length && (runs.starts[runs.next] ?? 0) <= at) runs.next += 1;
    while (this.nextBlank < this.blankLines.length && (this.blankLines[this.nextBlank] ?? 0) <= at)
      this.nextBlank += 1;
    const candidate = runs.starts[runs.next];
    const paragraphEnd = this.blankLines[this.nextBlank] ?? Number.POSITIVE_INFINITY;
    return candidate !== void 0 && candidate < paragraphEnd ? candidate : null;
  }
};

// src/engine/fix-check.ts
async function claimedFixes(config, texts, notes) {
  if (config.fixes === "none") return [];
  const claims = config.fixes === "auto" ? await claimsInTexts(config.projects, texts, notes) : config.fixes.map((shortId) => ({ shortId, where: ["the fixes input"] }));
  if (claims.length > MAX_FIXES)
    notes.push(
      `${claims.length} fixes were claimed; the first ${MAX_FIXES} were checked: ${claims.slice(MAX_FIXES, MAX_FIXES + 10).map((claim) => claim.shortId).join(", ")}${claims.length > MAX_FIXES + 10 ? " \u2026" : ""} were not.`
    );
  return claims.slice(0, MAX_FIXES);
}
async function claimsInTexts(projects, texts, notes) {
  const { inProjects, elsewhere } = claimsForProjects(findFixClaims(await texts ?? []), projects);
  const named = elsewhere.filter((claim) => /\d/.test(claim.shortId.slice(claim.shortId.lastIndexOf("-"))));
  if (named.length > 0)
    notes.push(
      `Claimed fixes not checked, as they are not in ${projects.join(", ")}: ${named.slice(0, 10).map((claim) => `${claim.shortId} (${claim.where[0]})`).join(", ")}.`
    );
  return inProjects;
}
async function checkFixes(source, config, claims, window2) {
  if (claims.length === 0) return { fixes: [], findings: [] };
  const issues = await Promise.all(claims.map((claim) => source.resolveShortId(claim.shortId)));
  const known = issues.filter((issue2) => issue2 !== null);
  const projects = new Map(
    known.map((issue2) => [issue2.projectId, { id: issue2.projectId, slug: issue2.projectSlug }])
  );
  const counts = (start, end, release) => known.length === 0 ? Promise.resolve({ counts: /* @__PURE__ */ new Map(), uncountable: /* @__PURE__ */ new Map() }) : source.issueCounts({
    issues: [...new Map(known.map((issue2) => [issue2.id, issue2])).values()],
    projects: [...projects.values()],
    environment: config.environment,
    start,
    end,
    ...release === void 0 ? {} : { release }
  });
  const baselineStart = new Date(window2.since.getTime() - config.spikeBaselineMs);
  const [since, before] = await Promise.all([
    counts(window2.since, window2.end, config.release),
    counts(baselineStart, window2.since)
  ]);
  const baseline = formatDuration(config.spikeBaselineMs);
  const sinceText = window2.since < window2.deployedAt ? "since its rollout began" : "since the deploy";
  const fixes = [];
  const findings = [];
  claims.forEach((claim, index) => {
    const issue2 = issues[index];
    if (!issue2) {
      fixes.push({
        shortId: claim.shortId,
        status: "unverified",
        events: 0,
        detail: `Sentry knows no issue ${claim.shortId} in ${config.org}.`,
        claimedIn: claim.where,
        title: null,
        permalink: null,
        eventsBefore: null
      });
      return;
    }
    const uncountable = since.uncountable.get(issue2.id);
    const after = since.counts.get(issue2.id);
    const beforeCount = before.counts.get(issue2.id);
    const eventsBefore = before.uncountable.has(issue2.id) ? null : beforeCount?.events ?? 0;
    const check2 = {
      shortId: issue2.shortId,
      claimedIn: claim.where,
      title: issue2.title,
      permalink: issue2.permalink,
      eventsBefore
    };
    if (uncountable !== void 0) {
      fixes.push({ ...check2, status: "unverified", events: 0, detail: uncountable });
      return;
    }
    if (after && after.events > 0) {
      const last = after.lastSeen ? `, the last at ${utc(after.lastSeen.toISOString())}` : "";
      fixes.push({
        ...check2,
        status: "unfixed",
        events: after.events,
        detail: `${atLeast(after)} of release ${config.release} ${sinceText}${last}.`
      });
      findings.push(unfixedFinding(issue2, after, window2.deployedAt));
      return;
    }
    const history = eventsBefore === null ? `its events before could not be counted` : eventsBefore > 0 ? `it had ${atLeast(beforeCount, false)} in the ${baseline} before` : `it had none in the ${baseline} before either, so this shows little`;
    if (!window2.releaseSeen) {
      fixes.push({
        ...check2,
        status: "unverified",
        events: 0,
        detail: `Sentry received no event of release ${config.release} ${sinceText}, so the issue's silence proves nothing.`
      });
    } else if (window2.end < window2.windowEnd) {
      fixes.push({
        ...check2,
        status: "unverified",
        events: 0,
        detail: `No event of release ${config.release} yet, but the watching stopped at ${utc(window2.end.toISOString())}, before the window's end; ${history}.`
      });
    } else {
      fixes.push({
        ...check2,
        status: "confirmed",
        events: 0,
        detail: `No event of release ${config.release} ${sinceText}; ${history}.`
      });
    }
  });
  return { fixes, findings };
}
function atLeast(issueCount, unit = true) {
  const events = unit ? count(issueCount.events, "event") : String(issueCount.events);
  return issueCount.capped ? `at least ${events}` : events;
}
function unfixedFinding(issue2, count2, deployedAt) {
  return {
    kind: "unfixed",
    subject: "issue",
    id: issue2.id,
    shortId: issue2.shortId,
    title: issue2.title,
    project: issue2.projectSlug,
    events: count2.events,
    users: count2.users,
    firstSeen: count2.firstSeen ? count2.firstSeen.toISOString() : null,
    permalink: issue2.permalink,
    culprit: issue2.culprit,
    level: issue2.level,
    category: issue2.category,
    secondsAfterDeploy: secondsAfter(count2.firstSeen, deployedAt),
    location: null,
    spike: null,
    latency: null,
    rate: null
  };
}

// src/stats/binomial.ts
var LOG_TWO_PI = Math.log(2 * Math.PI);
var LARGEST_COUNT = Number.MAX_SAFE_INTEGER;
var NEGLIGIBLE = 2 ** -60;
var SUM_TERMS = 4e3;
var SMALL_STIRLING_ERRORS = Array.from({ length: 16 }, (_, n) => {
  let factorial = 1;
  for (let i = 2; i <= n; i++) factorial *= i;
  return Math.log(factorial) - (n + 0.5) * Math.log(n) + n - 0.5 * LOG_TWO_PI;
});
function stirlingError(n) {
  if (n <= 15) return SMALL_STIRLING_ERRORS[n];
  const inverseSquare = 1 / (n * n);
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - inverseSquare / 1188) * inverseSquare) * inverseSquare) * inverseSquare) / n;
}
var SPLITTER = 2 ** 27 + 1;
function productError(a, b, product) {
  const aScaled = SPLITTER * a;
  const aHigh = aScaled - (aScaled - a);
  const aLow = a - aHigh;
  const bScaled = SPLITTER * b;
  const bHigh = bScaled - (bScaled - b);
  const bLow = b - bHigh;
  return aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;
}
function excessOver(x, n, p) {
  const mean = n * p;
  return x - mean - productError(n, p, mean);
}
var DEVIANCE_TERMS = 20;
function deviance(x, mean, excess) {
  if (Math.abs(excess) >= 0.1 * (x + mean)) {
    const relative = excess / mean;
    const logRatio = Number.isFinite(relative) ? Math.log1p(relative) : Math.log(x) - Math.log(mean);
    return x * logRatio - excess;
  }
  const v = excess / (x + mean);
  const vSquared = v * v;
  let sum = excess * v;
  let power = 2 * x * v;
  for (let j = 1; j <= DEVIANCE_TERMS; j++) {
    power *= vSquared;
    const next = sum + power / (2 * j + 1);
    if (next === sum) break;
    sum = next;
  }
  return sum;
}
function logPmf(x, n, p) {
  if (x === 0) return n * Math.log1p(-p);
  if (x === n) return n * Math.log(p);
  const mean = n * p;
  const meanError = productError(n, p, mean);
  const excess = x - mean - meanError;
  const logShareLeft = x <= n / 2 ? Math.log1p(-x / n) : Math.log((n - x) / n);
  return stirlingError(n) - stirlingError(x) - stirlingError(n - x) - deviance(x, mean, excess) - deviance(n - x, n - mean - meanError, -excess) - 0.5 * (LOG_TWO_PI + Math.log(x) + logShareLeft);
}
function tailFrom(start, step, n, p, q, maxTerms) {
  const odds = step === 1 ? p / q : q / p;
  const end = step === 1 ? n : 0;
  let term = 1;
  let sum = 1;
  let done = start === end;
  for (let j = start, terms = 1; !done && terms <= maxTerms; j += step, terms++) {
    const ratio = step === 1 ? (n - j) / (j + 1) * odds : j / (n - j + 1) * odds;
    term *= ratio;
    sum += term;
    done = term * ratio <= sum * NEGLIGIBLE * (1 - ratio) || j + step === end;
  }
  if (!done) return void 0;
  return Math.exp(logPmf(start, n, p) + Math.log(sum));
}
var ERF_NUMERATOR = [3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694];
var ERF_DENOMINATOR = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
var ERF_LEADING = 0.18577770618460315;
var ERFC_NUMERATOR = [
  0.5641884969886701,
  8.883149794388377,
  66.11919063714163,
  298.6351381974001,
  881.952221241769,
  1712.0476126340707,
  2051.0783778260716,
  1230.3393547979972
];
var ERFC_DENOMINATOR = [
  15.744926110709835,
  117.6939508913125,
  537.1811018620099,
  1621.3895745666903,
  3290.7992357334597,
  4362.619090143247,
  3439.3676741437216,
  1230.3393548037495
];
var ERFC_LEADING = 21531153547440383e-24;
var ASYMPTOTIC_NUMERATOR = [
  0.30532663496123236,
  0.36034489994980445,
  0.12578172611122926,
  0.016083785148742275,
  6587491615298378e-19
];
var ASYMPTOTIC_DENOMINATOR = [
  2.568520192289822,
  1.8729528499234604,
  0.5279051029514285,
  0.06051834131244132,
  0.0023352049762686918
];
var ASYMPTOTIC_LEADING = 0.016315387137302097;
var ONE_OVER_ROOT_PI = 1 / Math.sqrt(Math.PI);
function rational(t, leading, numerator, denominator) {
  let top = leading * t;
  let bottom = t;
  for (let i = 0; i < numerator.length - 1; i++) {
    top = (top + numerator[i]) * t;
    bottom = (bottom + denominator[i]) * t;
  }
  return (top + numerator.at(-1)) / (bottom + denominator.at(-1));
}
function scaledErfc(x) {
  if (x <= 0.46875) {
    const square = x * x;
    return Math.exp(square) * (1 - x * rational(square, ERF_LEADING, ERF_NUMERATOR, ERF_DENOMINATOR));
  }
  if (x <= 4) return rational(x, ERFC_LEADING, ERFC_NUMERATOR, ERFC_DENOMINATOR);
  const inverseSquare = 1 / (x * x);
  const correction = inverseSquare * rational(inverseSquare, ASYMPTOTIC_LEADING, ASYMPTOTIC_NUMERATOR, ASYMPTOTIC_DENOMINATOR);
  return (ONE_OVER_ROOT_PI - correction) / x;
}
var EXPANSION_TERMS = 20;
var EXPANSION_TOLERANCE = 2 ** -56;
function temmeLowerTail(a, b, lambda) {
  const exponent = deviance(a, a - lambda, lambda) + deviance(b, b + lambda, -lambda);
  const stirlingCorrection = stirlingError(a) + stirlingError(b) - stirlingError(a + b);
  const scale = Math.exp(-exponent - stirlingCorrection);
  if (scale === 0) return 0;
  const root = Math.sqrt(exponent);
  const smaller = Math.min(a, b);
  const larger = Math.max(a, b);
  const h = smaller / larger;
  const r0 = 1 / (1 + h);
  const r1 = (b - a) / larger;
  const w = 1 / Math.sqrt(smaller * (1 + h));
  const e1 = 2 ** -1.5;
  const alpha = new Float64Array(EXPANSION_TERMS + 2);
  const beta = new Float64Array(EXPANSION_TERMS + 2);
  const c = new Float64Array(EXPANSION_TERMS + 2);
  const d = new Float64Array(EXPANSION_TERMS + 2);
  const coefficient = (i) => {
    const power = -(i + 1) / 2;
    beta[1] = power * alpha[1];
    for (let m = 2; m <= i; m++) {
      let convolution = 0;
      for (let j = 1; j < m; j++) {
        convolution += (j * power - (m - j)) * alpha[j] * beta[m - j];
      }
      beta[m] = power * alpha[m] + convolution / m;
    }
    c[i] = beta[i] / (i + 1);
    let reverted = 0;
    for (let j = 1; j < i; j++) reverted += d[i - j] * c[j];
    d[i] = -(reverted + c[i]);
  };
  alpha[1] = 2 / 3 * r1;
  coefficient(1);
  let j0 = Math.sqrt(Math.PI) / 4 * scaledErfc(root);
  let j1 = e1;
  let sum = j0 + d[1] * w * j1;
  const twiceExponent = 2 * exponent;
  let oddPower = Math.sqrt(twiceExponent);
  let evenPower = twiceExponent;
  let hPower = 1;
  let evenPowersOfH = 1;
  let wPower = w;
  for (let n = 2; n <= EXPANSION_TERMS; n += 2) {
    hPower *= h * h;
    evenPowersOfH += hPower;
    alpha[n] = 2 * r0 * (1 + h * hPower) / (n + 2);
    alpha[n + 1] = 2 * r1 * evenPowersOfH / (n + 3);
    coefficient(n);
    coefficient(n + 1);
    j0 = e1 * oddPower + (n - 1) * j0;
    j1 = e1 * evenPower + n * j1;
    oddPower *= twiceExponent;
    evenPower *= twiceExponent;
    wPower *= w;
    const even = d[n] * wPower * j0;
    wPower *= w;
    const odd = d[n + 1] * wPower * j1;
    sum += even + odd;
    if (Math.abs(even) + Math.abs(odd) <= EXPANSION_TOLERANCE * sum) break;
  }
  return 2 / Math.sqrt(Math.PI) * scale * sum;
}
function asymptoticUpperTail(k, n, p) {
  const a = k;
  const b = n - k + 1;
  const lambda = excessOver(a, n + 1, p);
  return lambda >= 0 ? temmeLowerTail(a, b, lambda) : 1 - temmeLowerTail(b, a, -lambda);
}
var MOST_TERMS = 1e6;
function summedUpperTail(k, n, p, maxTerms) {
  const q = 1 - p;
  const terms = Math.min(maxTerms, MOST_TERMS);
  if (k > n * p) return tailFrom(k, 1, n, p, q, terms);
  const lower = tailFrom(k - 1, -1, n, p, q, terms);
  return lower === void 0 ? void 0 : 1 - lower;
}
function shown2(value) {
  return typeof value === "number" || typeof value === "bigint" ? String(value) : JSON.stringify(value);
}
function binomialUpperTail(k, n, p) {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(
      `binomialUpperTail: n must be a whole number from 0 to ${LARGEST_COUNT}, got ${shown2(n)}`
    );
  }
  if (!Number.isSafeInteger(k)) {
    throw new RangeError(
      `binomialUpperTail: k must be a whole number from ${-LARGEST_COUNT} to ${LARGEST_COUNT}, got ${shown2(k)}`
    );
  }
  if (!(typeof p === "number" && p >= 0 && p <= 1)) {
    throw new RangeError(`binomialUpperTail: p must be a probability from 0 to 1, got ${shown2(p)}`);
  }
  if (k <= 0) return 1;
  if (k > n || p === 0) return 0;
  if (p === 1) return 1;
  const tail = summedUpperTail(k, n, p, SUM_TERMS) ?? asymptoticUpperTail(k, n, p);
  return Math.min(1, Math.max(0, tail));
}

// src/stats/rate-ratio-test.ts
var LARGEST_COUNT2 = Number.MAX_SAFE_INTEGER;
var SMALLEST_NORMAL = 2 ** -1022;
function shown3(value) {
  return typeof value === "number" || typeof value === "bigint" ? String(value) : JSON.stringify(value);
}
function checkExposures(exposures, minRatio) {
  for (const field2 of ["beforeSeconds", "afterSeconds"]) {
    const value = exposures[field2];
    if (!(typeof value === "number" && value > 0 && Number.isFinite(value))) {
      throw new RangeError(
        `rate-ratio test: ${field2} must be a finite number of seconds above 0, got ${shown3(value)}`
      );
    }
  }
  if (!(typeof minRatio === "number" && minRatio > 0 && Number.isFinite(minRatio))) {
    throw new RangeError(`rate-ratio test: minRatio must be a finite number above 0, got ${shown3(minRatio)}`);
  }
}
function checkArguments(counts, minRatio) {
  const fields = [
    ["before", "events before the deploy"],
    ["after", "events after the deploy"]
  ];
  for (const [field2, meaning] of fields) {
    const value = counts[field2];
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(
        `rate-ratio test: ${field2} (${meaning}) must be a whole number from 0 to ${LARGEST_COUNT2}, got ${shown3(value)}`
      );
    }
  }
  if (counts.before + counts.after > LARGEST_COUNT2) {
    throw new RangeError(
      `rate-ratio test: before + after must be at most ${LARGEST_COUNT2}, got ${counts.before} + ${counts.after}`
    );
  }
  checkExposures(counts, minRatio);
}
function nullShareAfter(exposures, minRatio) {
  checkExposures(exposures, minRatio);
  const weightedAfter = minRatio * exposures.afterSeconds;
  const total = exposures.beforeSeconds + weightedAfter;
  if (weightedAfter >= SMALLEST_NORMAL && Number.isFinite(total)) return weightedAfter / total;
  return 1 / (1 + exposures.beforeSeconds / exposures.afterSeconds / minRatio);
}
function rateRatioPValue(counts, minRatio) {
  checkArguments(counts, minRatio);
  return binomialUpperTail(counts.after, counts.before + counts.after, nullShareAfter(counts, minRatio));
}

// src/stats/holm.ts
function checkProbabilities(name, probabilities, alpha) {
  if (!(typeof alpha === "number" && alpha >= 0 && alpha <= 1)) {
    throw new RangeError(`${name}: alpha must be a number from 0 to 1, got ${String(alpha)}`);
  }
  const index = probabilities.findIndex((value) => !(typeof value === "number" && value >= 0 && value <= 1));
  if (index !== -1) {
    throw new RangeError(
      `${name}: every p-value must be a number from 0 to 1, got ${String(probabilities[index])} at ${index}`
    );
  }
}
function holm(pValues, alpha, familySize = pValues.length) {
  checkProbabilities("holm", pValues, alpha);
  if (!Number.isSafeInteger(familySize) || familySize < 0) {
    throw new RangeError(
      `holm: familySize must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, got ${String(familySize)}`
    );
  }
  const ranked = pValues.map((pValue2, index) => ({ pValue: pValue2, index })).sort((a, b) => a.pValue - b.pValue);
  const rejected = pValues.map(() => false);
  const m = Math.max(familySize, pValues.length);
  for (const [rank, { pValue: pValue2, index }] of ranked.entries()) {
    if (!(pValue2 <= alpha / (m - rank))) break;
    rejected[index] = true;
  }
  return rejected;
}

// src/engine/spike-test.ts
var SPIKE_JUMP = 3;
function* spikeFamily(settings, nullShare) {
  const minTotal = (k) => Math.max(settings.minEvents, Math.ceil(Math.log(settings.alpha / k) / Math.log(nullShare)));
  const counts = /* @__PURE__ */ new Map();
  function* count2(n) {
    let known = counts.get(n);
    if (known === void 0) {
      known = yield n;
      counts.set(n, known);
    }
    return known;
  }
  const most = yield* count2(settings.minEvents);
  let low = 1;
  let high = Math.max(most, 1);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if ((yield* count2(minTotal(middle))) <= middle) high = middle;
    else low = middle + 1;
  }
  return { size: yield* count2(minTotal(low)), minTotal: minTotal(low) };
}
function sampleInsufficient(counts, settings, familySize) {
  if (counts.before === 0) return false;
  const jumpedAfter = Math.round(SPIKE_JUMP * counts.before * counts.afterSeconds / counts.beforeSeconds);
  if (jumpedAfter < settings.minEvents) return true;
  if (!Number.isSafeInteger(counts.before + jumpedAfter)) return false;
  const jumpedPValue = rateRatioPValue({ ...counts, after: jumpedAfter }, settings.minRatio);
  return jumpedPValue > settings.alpha / Math.max(familySize, 1);
}
function runSpikeTest(candidates, settings, family) {
  const pValues = candidates.map((candidate) => rateRatioPValue(candidate, settings.minRatio));
  const inFamily = candidates.map((candidate) => candidate.before + candidate.after >= family.minTotal);
  const familyIndices = candidates.flatMap((_, index) => inFamily[index] ? [index] : []);
  const familyRejections = holm(
    familyIndices.map((index) => pValues[index]),
    settings.alpha,
    family.size
  );
  const rejected = candidates.map(() => false);
  for (const [position, index] of familyIndices.entries())
    rejected[index] = familyRejections[position];
  return candidates.map((candidate, index) => {
    const spike = rejected[index] && candidate.after >= settings.minEvents && candidate.users >= settings.minUsers;
    return {
      id: candidate.id,
      pValue: pValues[index],
      ratio: candidate.before === 0 ? null : candidate.after / candidate.afterSeconds / (candidate.before / candidate.beforeSeconds),
      inFamily: inFamily[index],
      spike,
      insufficient: !spike && sampleInsufficient(candidate, settings, family.size)
    };
  });
}

// src/stats/hypergeometric.ts
var NEGLIGIBLE2 = 2 ** -60;
var MOST_TERMS2 = 1e5;
var LARGEST_COUNT3 = Number.MAX_SAFE_INTEGER;
function checkCount(name, value) {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(
      `hypergeometricUpperTail: ${name} must be a whole number from 0 to ${LARGEST_COUNT3}, got ${String(value)}`
    );
  }
}
function hypergeometricUpperTail(k, marked, unmarked, draws) {
  if (!Number.isSafeInteger(k)) {
    throw new RangeError(`hypergeometricUpperTail: k must be a whole number, got ${String(k)}`);
  }
  checkCount("marked", marked);
  checkCount("unmarked", unmarked);
  checkCount("draws", draws);
  const total = marked + unmarked;
  if (total > LARGEST_COUNT3) {
    throw new RangeError(`hypergeometricUpperTail: marked + unmarked must be at most ${LARGEST_COUNT3}`);
  }
  if (draws > total) {
    throw new RangeError(
      `hypergeometricUpperTail: draws must be at most marked + unmarked (${total}), got ${draws}`
    );
  }
  const lowest = Math.max(0, draws - unmarked);
  const highest = Math.min(marked, draws);
  if (k <= lowest) return 1;
  if (k > highest) return 0;
  const p = draws / total;
  const logTerm = (x) => logPmf(x, marked, p) + logPmf(draws - x, unmarked, p) - logPmf(draws, total, p);
  const up = (x) => (marked - x) * (draws - x) / ((x + 1) * (unmarked - draws + x + 1));
  const down = (x) => x * (unmarked - draws + x) / ((marked - x + 1) * (draws - x + 1));
  const mode = Math.floor((draws + 1) * (marked + 1) / (total + 2));
  if (k > mode) {
    const sum = sumFrom(k, 1, highest, up);
    return Math.min(1, Math.exp(logTerm(k) + Math.log(sum.total + sum.rest)));
  }
  const lower = sumFrom(k - 1, -1, lowest, down);
  return Math.min(1, Math.max(0, 1 - Math.exp(logTerm(k - 1) + Math.log(lower.total))));
}
function sumFrom(start, step, end, ratioAt) {
  let term = 1;
  let total = 1;
  for (let x = start, terms = 1; x !== end; x += step, terms++) {
    const ratio = ratioAt(x);
    term *= ratio;
    total += term;
    const rest = ratio < 1 ? term * ratio / (1 - ratio) : Number.POSITIVE_INFINITY;
    if (rest <= total * NEGLIGIBLE2 || x + step === end) return { total, rest: 0 };
    if (terms === MOST_TERMS2) return { total, rest };
  }
  return { total, rest: 0 };
}

// src/stats/exceedance-test.ts
function checkCount2(name, value, least) {
  if (!Number.isSafeInteger(value) || value < least) {
    throw new RangeError(
      `exceedancePValue: ${name} must be a whole number from ${least} to ${Number.MAX_SAFE_INTEGER}, got ${String(value)}`
    );
  }
}
function atOrAboveP95(baselineSamples) {
  return baselineSamples - Math.max(1, Math.floor(baselineSamples * 19 / 20)) + 1;
}
function exceedancePValue(slower, samples, baselineSamples) {
  checkCount2("samples", samples, 0);
  checkCount2("slower", slower, 0);
  checkCount2("baselineSamples", baselineSamples, 1);
  if (slower > samples) {
    throw new RangeError(`exceedancePValue: slower (${slower}) must be at most samples (${samples})`);
  }
  if (samples + baselineSamples > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(
      `exceedancePValue: samples + baselineSamples must be at most ${Number.MAX_SAFE_INTEGER}`
    );
  }
  if (slower === 0) return 1;
  return hypergeometricUpperTail(
    slower,
    samples,
    baselineSamples,
    slower + atOrAboveP95(baselineSamples) - 1
  );
}

// src/engine/performance/latency.ts
var LATENCY_METHOD = "one-sided exact exceedance test of the share of samples slower than (1 + latency-max-increase) \xD7 the baseline p95 (hypergeometric, against the baseline's samples above its p95), Holm's procedure over Tarone's family";
var LATENCY_MIN_SAMPLES = 50;
var LATENCY_MIN_SLOWER = 5;
var SLOWDOWN_SHARE = 0.25;
function latencyThreshold(baselineP95Ms, maxIncrease) {
  return (1 + maxIncrease) * baselineP95Ms;
}
function latencyTest(seen, settings) {
  const { baseline, after, concurrent } = seen;
  if (baseline === null || baseline.samples === 0 || baseline.p95Ms === null) return null;
  const thresholdMs = latencyThreshold(baseline.p95Ms, settings.maxIncrease);
  const samples = after?.samples ?? 0;
  const slower = Math.min(after?.slower ?? 0, samples);
  const p95Ms = samples > 0 ? after?.p95Ms ?? null : null;
  const concurrentSamples = concurrent?.samples ?? 0;
  const concurrentP95Ms = concurrentSamples > 0 ? concurrent?.p95Ms ?? null : null;
  const tested = baseline.samples >= LATENCY_MIN_SAMPLES && samples >= LATENCY_MIN_SAMPLES && after?.slower != null;
  const pValue2 = tested ? exceedancePValue(slower, samples, baseline.samples) : null;
  const aboveConcurrent = concurrentSamples < LATENCY_MIN_SAMPLES || concurrentP95Ms === null || p95Ms !== null && p95Ms > latencyThreshold(concurrentP95Ms, settings.maxIncrease);
  return {
    check: {
      baselineP95Ms: baseline.p95Ms,
      baselineSamples: baseline.samples,
      thresholdMs,
      samples,
      slower,
      p95Ms,
      concurrentP95Ms,
      concurrentSamples,
      pValue: pValue2,
      finding: false,
      insufficient: false
    },
    test: {
      pValue: pValue2,
      // All samples slower; n and the baseline's size are what the test is conditional on.
      smallestPValue: tested ? exceedancePValue(samples, samples, baseline.samples) : Number.POSITIVE_INFINITY,
      floorsHold: slower >= LATENCY_MIN_SLOWER && p95Ms !== null && p95Ms > thresholdMs && aboveConcurrent,
      insufficient: (familySize) => !tested || exceedancePValue(Math.round(samples * SLOWDOWN_SHARE), samples, baseline.samples) > settings.alpha / Math.max(familySize, 1)
    }
  };
}

// src/engine/performance/failure-rate.ts
var RATE_METHOD = "one-sided exact conditional binomial test (Przyborowski\u2013Wilenski) with requests or sessions as the exposure, Holm's procedure over Tarone's family";
function rateTest(totals, settings, alsoAbove = true) {
  const counts = {
    before: totals.before,
    beforeSeconds: totals.beforeTotal,
    after: totals.after,
    afterSeconds: totals.afterTotal
  };
  const tested = totals.beforeTotal > 0 && totals.afterTotal > 0;
  const pValue2 = tested ? rateRatioPValue(counts, settings.minRatio) : null;
  const total = totals.before + totals.after;
  return {
    check: {
      ...totals,
      ratio: tested && totals.before > 0 ? totals.after / totals.afterTotal / (totals.before / totals.beforeTotal) : null,
      pValue: pValue2,
      finding: false,
      insufficient: false
    },
    test: {
      pValue: pValue2,
      // All N after, as in the spike test's family; below the floor no outcome can be a finding.
      smallestPValue: tested && total >= settings.minEvents ? Math.exp(total * Math.log(nullShareAfter(counts, settings.minRatio))) : Number.POSITIVE_INFINITY,
      floorsHold: totals.after >= settings.minEvents && alsoAbove,
      insufficient: (familySize) => !tested || sampleInsufficient(counts, settings, familySize)
    }
  };
}
function failureRateTest(baseline, after, concurrent, settings) {
  const afterFailures = after?.failures ?? 0;
  const afterTotal = after?.samples ?? 0;
  const aboveConcurrent = concurrent === null || concurrent.samples < LATENCY_MIN_SAMPLES || afterTotal > 0 && afterFailures / afterTotal > settings.minRatio * (concurrent.failures / concurrent.samples);
  return rateTest(
    { before: baseline.failures, beforeTotal: baseline.samples, after: afterFailures, afterTotal },
    settings,
    aboveConcurrent
  );
}

// src/engine/performance/crash-rate.ts
function previousRelease(baseline, release) {
  let previous = null;
  for (const entry of baseline) {
    if (entry.release === release || entry.sessions === 0) continue;
    if (previous === null || entry.sessions > previous.sessions || entry.sessions === previous.sessions && entry.release < previous.release)
      previous = entry;
  }
  return previous;
}
function crashFree(sessions) {
  return sessions && sessions.sessions > 0 ? 1 - sessions.crashed / sessions.sessions : null;
}
function crashRateTest(previous, current, settings) {
  const { check: check2, test } = rateTest(
    {
      before: previous?.crashed ?? 0,
      beforeTotal: previous?.sessions ?? 0,
      after: current?.crashed ?? 0,
      afterTotal: current?.sessions ?? 0
    },
    settings
  );
  return {
    check: {
      ...check2,
      previousRelease: previous?.release ?? null,
      crashFreeBefore: crashFree(previous),
      crashFreeAfter: crashFree(current)
    },
    test
  };
}

// src/engine/performance/family.ts
function taroneFamily(smallestPValues, alpha) {
  const sorted = smallestPValues.filter((value) => value !== null).sort((a, b) => a - b);
  let k = 1;
  while ((sorted[k] ?? Number.POSITIVE_INFINITY) <= alpha / k) k++;
  return smallestPValues.map((value) => value !== null && value <= alpha / k);
}
function decideFamily(tests, alpha) {
  const inFamily = taroneFamily(
    tests.map((test) => test.pValue === null ? null : test.smallestPValue),
    alpha
  );
  const members = tests.flatMap((_, index) => inFamily[index] ? [index] : []);
  const rejections = holm(
    members.map((index) => tests[index]?.pValue),
    alpha
  );
  const rejected = tests.map(() => false);
  for (const [position, index] of members.entries()) rejected[index] = rejections[position];
  return {
    size: members.length,
    outcomes: tests.map((test, index) => {
      const finding = rejected[index] && test.floorsHold;
      return { finding, insufficient: !finding && test.insufficient(members.length) };
    })
  };
}
function assessPerformance(transactions, sessions, settings) {
  const latency = transactions.map((seen) => latencyTest(seen, settings));
  const failureRate = transactions.map(
    (seen) => seen.baseline && seen.baseline.samples > 0 ? failureRateTest(seen.baseline, seen.after, seen.concurrent, settings) : null
  );
  const crashRate = sessions && crashRateTest(sessions.previous, sessions.current, settings);
  const all = [...latency, ...failureRate, crashRate].filter((assessed) => assessed !== null);
  const { size, outcomes } = decideFamily(
    all.map((assessed) => assessed.test),
    settings.alpha
  );
  const outcomeOf = new Map(
    all.map((assessed, index) => [assessed, outcomes[index]])
  );
  const decided = (assessed) => assessed && { ...assessed.check, ...outcomeOf.get(assessed) };
  return {
    transactions: transactions.map((seen, index) => ({
      transaction: seen.transaction,
      latency: decided(latency[index] ?? null),
      failureRate: decided(failureRate[index] ?? null)
    })),
    crashRate: decided(crashRate),
    tested: size,
    insufficientSample: outcomes.filter((outcome) => outcome.insufficient).length
  };
}

// src/engine/performance/check.ts
var TRANSACTIONS_LISTED = 20;
var PAGE = 100;
var ABOUT_TRACING = /latency|failure rate|transaction|span|tracing/i;
var ABOUT_SESSIONS = /crash|session|release health/i;
async function checkPerformance(source, config, window2, links, limitations) {
  const settings = {
    alpha: config.spikeAlpha,
    maxIncrease: config.latencyMaxIncrease,
    minRatio: config.spikeMinRatio,
    minEvents: config.spikeMinEvents
  };
  const scope = { projects: window2.projects, environment: config.environment };
  const baseline = {
    ...scope,
    start: new Date(window2.since.getTime() - config.spikeBaselineMs),
    end: window2.since
  };
  const after = { ...scope, start: window2.since, end: window2.end };
  const [read, sessions] = await Promise.all([
    readTransactions(source, baseline, after, window2.release, settings.maxIncrease),
    readSessions(source, baseline, after, window2.release)
  ]);
  const transactions = read?.seen ?? null;
  const baselineText = formatDuration(config.spikeBaselineMs);
  const tracing = transactions === null ? null : transactions.length > 0;
  const releaseHealth = sessions === null ? null : sessions.baseline.some((entry) => entry.sessions > 0);
  const unavailable = [
    unavailability(tracing, limitations, {
      about: ABOUT_TRACING,
      signal: "tracing data (spans)",
      checks: "latency and failure rates",
      baseline: baselineText
    }),
    unavailability(releaseHealth, limitations, {
      about: ABOUT_SESSIONS,
      signal: "release health (sessions)",
      checks: "crash rate",
      baseline: baselineText
    })
  ].filter((text) => text !== null);
  const assessment = assessPerformance(
    transactions ?? [],
    sessions && releaseHealth ? { previous: previousRelease(sessions.baseline, window2.release), current: sessions.current } : null,
    settings
  );
  const project = window2.projects.map((ref) => ref.slug).join(", ");
  const findings = [];
  const checks = assessment.transactions.map((check2, index) => {
    const permalink = links.transaction(check2.transaction);
    const about = { id: check2.transaction, project, permalink };
    if (check2.latency?.finding) {
      findings.push(
        toFinding2("latency", about, latencyTitle(check2.latency, baselineText), check2.latency.samples, {
          latency: check2.latency
        })
      );
    }
    if (check2.failureRate?.finding) {
      const title = failureTitle(check2.failureRate, baselineText);
      findings.push(
        toFinding2("failure-rate", about, title, check2.failureRate.after, { rate: check2.failureRate })
      );
    }
    return {
      check: { ...check2, permalink },
      finding: Boolean(check2.latency?.finding || check2.failureRate?.finding),
      samples: transactions?.[index]?.after?.samples ?? 0,
      baselineSamples: transactions?.[index]?.baseline?.samples ?? 0
    };
  });
  const crashRate = assessment.crashRate && {
    ...assessment.crashRate,
    permalink: links.release(window2.release)
  };
  if (crashRate?.finding) {
    const about = { id: window2.release, project, permalink: crashRate.permalink };
    const title = crashTitle(crashRate);
    findings.push(toFinding2("crash-rate", about, title, crashRate.after, { rate: crashRate }));
  }
  checks.sort(
    (a, b) => Number(b.finding) - Number(a.finding) || b.samples - a.samples || b.baselineSamples - a.baselineSamples || a.check.transaction.localeCompare(b.check.transaction)
  );
  return {
    findings,
    summary: {
      methods: { latency: LATENCY_METHOD, rate: RATE_METHOD },
      alpha: config.spikeAlpha,
      latencyMaxIncrease: config.latencyMaxIncrease,
      minRatio: config.spikeMinRatio,
      baseline: baselineText,
      unavailable: [...new Set(unavailable)],
      transactions: checks.slice(0, TRANSACTIONS_LISTED).map((entry) => entry.check),
      transactionsOmitted: Math.max(0, checks.length - TRANSACTIONS_LISTED),
      crashRate,
      tested: assessment.tested,
      insufficientSample: assessment.insufficientSample
    },
    seen: { tracing, releaseHealth },
    counted: {
      transactions: read?.releaseTotal ?? null,
      sessions: sessions ? sessions.current?.sessions ?? 0 : null
    }
  };
}
function unavailability(seen, limitations, what) {
  if (seen === null) {
    return limitations.find((text) => what.about.test(text)) ?? `${what.signal} could not be read from this Sentry (it refused the query, as an older self-hosted Sentry does): ${what.checks} not checked`;
  }
  return seen ? null : `no ${what.signal} in the projects in the ${what.baseline} before the rollout: ${what.checks} not checked`;
}
function toFinding2(kind, about, title, events, evidence) {
  const category = kind === "crash-rate" ? "release" : "transaction";
  return {
    kind,
    subject: category,
    id: about.id,
    shortId: about.id,
    title,
    project: about.project,
    events,
    users: 0,
    firstSeen: null,
    permalink: about.permalink ?? "",
    culprit: null,
    level: "warning",
    category,
    secondsAfterDeploy: null,
    location: null,
    spike: null,
    latency: evidence.latency ?? null,
    rate: evidence.rate ?? null
  };
}
async function readTransactions(source, baseline, after, release, maxIncrease) {
  const busiest = await source.transactionStats({ ...baseline, maxResults: PAGE });
  if (busiest === null) return null;
  if (!busiest.some((stats) => stats.samples > 0)) return { seen: [], releaseTotal: null };
  const before = byName(busiest);
  const releaseAfter = { ...after, release };
  const first = await source.transactionStats({
    ...releaseAfter,
    slowerThan: thresholds(busiest, maxIncrease),
    maxResults: PAGE
  });
  if (first === null) return null;
  const since = byName(first);
  const fresh = first.filter((stats) => !before.has(stats.transaction)).map((stats) => stats.transaction);
  const unread = first.length < PAGE ? [] : busiest.filter((stats) => !since.has(stats.transaction));
  const [freshBaseline, concurrent, unreadAfter] = await Promise.all([
    pages(source, { ...baseline, transactions: fresh }),
    pages(source, {
      ...after,
      exceptRelease: release,
      transactions: [
        ...first.filter((stats) => stats.samples >= LATENCY_MIN_SAMPLES).map((stats) => stats.transaction),
        ...unread.map((stats) => stats.transaction)
      ]
    }),
    readAgainst(source, releaseAfter, unread, maxIncrease)
  ]);
  if (freshBaseline === null || concurrent === null || unreadAfter === null) return null;
  for (const stats of freshBaseline) before.set(stats.transaction, stats);
  const enoughSince = (stats) => (since.get(stats.transaction)?.samples ?? 0) >= LATENCY_MIN_SAMPLES;
  const freshAfter = await readAgainst(
    source,
    releaseAfter,
    freshBaseline.filter((stats) => testable(stats) && enoughSince(stats)),
    maxIncrease
  );
  if (freshAfter === null) return null;
  for (const stats of [...unreadAfter, ...freshAfter]) since.set(stats.transaction, stats);
  const others = byName(concurrent);
  return {
    seen: [.../* @__PURE__ */ new Set([...before.keys(), ...since.keys()])].map((transaction) => ({
      transaction,
      baseline: before.get(transaction) ?? null,
      after: since.get(transaction) ?? null,
      concurrent: others.get(transaction) ?? null
    })),
    releaseTotal: first.length < PAGE ? first.reduce((sum, stats) => sum + stats.samples, 0) : null
  };
}
function testable(baseline) {
  return baseline.p95Ms !== null && baseline.samples >= LATENCY_MIN_SAMPLES;
}
function thresholds(baseline, maxIncrease) {
  return new Map(
    baseline.filter(testable).map((stats) => [stats.transaction, latencyThreshold(stats.p95Ms, maxIncrease)])
  );
}
function readAgainst(source, releaseAfter, baseline, maxIncrease) {
  return pages(source, {
    ...releaseAfter,
    transactions: baseline.map((stats) => stats.transaction),
    slowerThan: thresholds(baseline, maxIncrease)
  });
}
async function pages(source, query) {
  const names = query.transactions;
  const answers = await Promise.all(
    Array.from({ length: Math.ceil(names.length / PAGE) }, (_, index) => {
      const transactions = names.slice(index * PAGE, (index + 1) * PAGE);
      return source.transactionStats({ ...query, transactions, maxResults: transactions.length });
    })
  );
  return answers.some((answer) => answer === null) ? null : answers.flatMap((answer) => answer ?? []);
}
function byName(stats) {
  return new Map(stats.map((entry) => [entry.transaction, entry]));
}
async function readSessions(source, baseline, after, release) {
  const [before, since] = await Promise.all([
    source.releaseSessions(baseline),
    source.releaseSessions({ ...after, release })
  ]);
  if (before === null || since === null) return null;
  return { baseline: before, current: since.find((entry) => entry.release === release) ?? null };
}
function latencyTitle(check2, baseline) {
  const ratio = (check2.p95Ms ?? 0) / check2.baselineP95Ms;
  return `Slower since the deploy: p95 ${Number(ratio.toPrecision(2))}\xD7 its ${baseline} before (${milliseconds(check2.baselineP95Ms)} \u2192 ${milliseconds(check2.p95Ms ?? 0)})`;
}
function failureTitle(check2, baseline) {
  return `Fails more often since the deploy: ${percent(check2.after / check2.afterTotal)} of requests, ${percent(check2.before / check2.beforeTotal)} in the ${baseline} before`;
}
function crashTitle(check2) {
  const crashed = (share) => share === null ? "\u2014" : percent(1 - share);
  return `Crashes more often: ${crashed(check2.crashFreeAfter)} of sessions since the deploy, ${crashed(check2.crashFreeBefore)} in release ${check2.previousRelease}`;
}

// src/engine/spikes.ts
var SPIKE_METHOD = "one-sided exact conditional binomial test (Przyborowski\u2013Wilenski), Holm's procedure over Tarone's family";
var INSUFFICIENT_EXAMPLES = 20;
var BUSIEST = 100;
var HOUR_SECONDS = 3600;
async function findSpikes(source, config, window2) {
  const { since, deployedAt, end } = window2;
  const baselineStart = new Date(since.getTime() - config.spikeBaselineMs);
  const settings = {
    alpha: config.spikeAlpha,
    minRatio: config.spikeMinRatio,
    minEvents: Math.max(config.spikeMinEvents, config.minEvents),
    minUsers: config.minUsers
  };
  const afterSeconds = Math.max(1, (end.getTime() - since.getTime()) / 1e3);
  const baselineSeconds = config.spikeBaselineMs / 1e3;
  const existing = {
    projects: window2.projects,
    environment: config.environment,
    unresolved: true,
    firstSeenBefore: since,
    userQuery: config.query
  };
  const counted = (issue2) => !window2.exclude.has(issue2.id) && !window2.exclude.has(issue2.shortId.toUpperCase()) && ignoredBy(issue2, config.ignore) === null;
  const mayBeSpikes = { ...existing, start: since, end, minEvents: settings.minEvents };
  const [after, busiest, family] = await Promise.all([
    collect(source.searchIssues(mayBeSpikes), counted),
    collect(
      source.searchIssues({
        ...existing,
        start: baselineStart,
        end: since,
        sort: "freq",
        maxResults: BUSIEST
      }),
      counted
    ),
    countFamily(source, { ...existing, start: baselineStart, end }, settings, {
      beforeSeconds: baselineSeconds,
      afterSeconds
    })
  ]);
  const [bornWithin, before] = after.length === 0 ? [[], { counts: /* @__PURE__ */ new Map(), uncountable: /* @__PURE__ */ new Map() }] : await Promise.all([
    // Born within the baseline: its rate is over its own life, not the whole baseline.
    collect(source.searchIssues({ ...mayBeSpikes, firstSeenFrom: baselineStart }), () => true),
    source.issueCounts({
      issues: after,
      projects: window2.projects,
      environment: config.environment,
      start: baselineStart,
      end: since
    })
  ]);
  const born = new Set(bornWithin.map((issue2) => issue2.id));
  const candidates = [];
  const untested = [];
  for (const issue2 of after) {
    const count2 = before.counts.get(issue2.id);
    if (before.uncountable.has(issue2.id) || count2?.capped) {
      untested.push(issue2.shortId);
      continue;
    }
    const from = born.has(issue2.id) && count2?.firstSeen ? count2.firstSeen.getTime() : baselineStart.getTime();
    candidates.push({
      id: issue2.id,
      before: count2?.events ?? 0,
      beforeSeconds: Math.max(1, (since.getTime() - from) / 1e3),
      after: issue2.events,
      afterSeconds,
      users: issue2.users
    });
  }
  const byId = new Map(after.map((issue2) => [issue2.id, issue2]));
  for (const issue2 of busiest.filter((one) => !byId.has(one.id))) {
    byId.set(issue2.id, issue2);
    candidates.push({
      id: issue2.id,
      before: issue2.events,
      beforeSeconds: baselineSeconds,
      after: 0,
      afterSeconds,
      users: 0
    });
  }
  const outcomes = runSpikeTest(candidates, settings, family);
  const findings = [];
  const insufficient = [];
  outcomes.forEach((outcome, index) => {
    const counts = candidates[index];
    const issue2 = byId.get(outcome.id);
    if (outcome.spike && issue2) {
      findings.push({
        ...toFinding("spike", issue2, deployedAt),
        spike: {
          before: counts.before,
          beforeSeconds: counts.beforeSeconds,
          after: counts.after,
          afterSeconds: counts.afterSeconds,
          beforePerHour: counts.before / counts.beforeSeconds * HOUR_SECONDS,
          afterPerHour: counts.after / counts.afterSeconds * HOUR_SECONDS,
          ratio: outcome.ratio,
          pValue: outcome.pValue
        }
      });
    } else if (outcome.insufficient) {
      insufficient.push({ shortId: issue2?.shortId ?? outcome.id, events: counts.before });
    }
  });
  insufficient.sort((a, b) => b.events - a.events || a.shortId.localeCompare(b.shortId));
  return {
    findings,
    summary: {
      method: SPIKE_METHOD,
      alpha: config.spikeAlpha,
      minRatio: config.spikeMinRatio,
      minEvents: settings.minEvents,
      baseline: formatDuration(config.spikeBaselineMs),
      candidates: after.length,
      tested: family.size,
      insufficientSample: insufficient.length,
      insufficientExamples: insufficient.slice(0, INSUFFICIENT_EXAMPLES).map((entry) => entry.shortId),
      untested
    }
  };
}
async function collect(issues, keep) {
  const kept = [];
  for await (const issue2 of issues) if (keep(issue2)) kept.push(issue2);
  return kept;
}
async function countFamily(source, both, settings, exposures) {
  const search = spikeFamily(settings, nullShareAfter(exposures, settings.minRatio));
  for (let step = search.next(); ; ) {
    if (step.done) return step.value;
    step = search.next(await source.countIssues({ ...both, minEvents: step.value }));
  }
}

// src/engine/timeline.ts
var BUCKETS_PER_WINDOW = 10;
var MIN_INTERVAL_SECONDS = 60;
async function errorTimeline(source, query, notes) {
  const intervalSeconds = Math.max(
    MIN_INTERVAL_SECONDS,
    Math.ceil(query.windowMs / 1e3 / BUCKETS_PER_WINDOW)
  );
  const intervalMs = intervalSeconds * 1e3;
  const deployBucket = Math.floor(query.deployedAt.getTime() / intervalMs) * intervalMs;
  const start = new Date(deployBucket - BUCKETS_PER_WINDOW * intervalMs);
  try {
    const buckets = await source.errorTimeline({
      projects: query.projects,
      environment: query.environment,
      start,
      end: query.end,
      intervalSeconds
    });
    return {
      intervalSeconds,
      buckets: buckets.map((b) => ({ start: b.start.toISOString(), events: b.events }))
    };
  } catch (error2) {
    notes.push(
      `Could not chart the error events around the deploy: ${error2 instanceof Error ? error2.message : String(error2)}`
    );
    return null;
  }
}

// src/engine/verify.ts
var MIN_RANGE_MS = 1e3;
async function verifyRelease(config, deps) {
  const { source, clock } = deps;
  const runStart = new Date(clock.now());
  const projects = await source.resolveProjects(config.projects);
  const [release, deploys] = await Promise.all([
    source.release(config.release),
    config.deployedAt === "auto" ? source.deploys(config.release) : Promise.resolve([])
  ]);
  const deploy = chooseDeployTime(
    config.deployedAt,
    deploys,
    config.environment,
    runStart,
    release?.dateCreated ?? null
  );
  const since = deploy.rolloutStart;
  const windowEnd = new Date(deploy.at.getTime() + config.windowMs);
  const settledAt = new Date(windowEnd.getTime() + config.settleMs);
  const unknownRelease = release === null ? `Sentry knows no release ${config.release} in ${config.org}.` : null;
  deps.onDeployTime?.(deploy, { windowEnd, settledAt }, unknownRelease ? [unknownRelease] : []);
  const firstPollAt = Math.min(since.getTime() + MIN_RANGE_MS, windowEnd.getTime());
  if (clock.now() < firstPollAt) await clock.sleep(firstPollAt - clock.now());
  const context = {
    source,
    config,
    projects,
    deployedAt: deploy.at,
    since,
    needRegressionDates: regressionsNeedDates(release?.firstEvent ?? null, since),
    regressionDates: /* @__PURE__ */ new Map(),
    releaseSeen: false,
    trafficKinds: ["transactions", "sessions"]
  };
  const notes = [...source.limitations, ...deploy.notes ?? []];
  if (unknownRelease) notes.push(unknownRelease);
  const windowText = formatDuration(config.windowMs);
  const scope = verifyScope(config.release, config.environment, windowText);
  let last = null;
  let lastFailed = false;
  let polls = 0;
  let settledPoll = null;
  let lastLook = false;
  let pollError = null;
  for (; ; ) {
    const now = clock.now();
    const settled = now >= settledAt.getTime();
    const final = deps.once === true || settled;
    const end = new Date(Math.min(now, windowEnd.getTime()));
    try {
      last = await poll(context, end);
      polls += 1;
      lastFailed = decideVerdict({ ...last, failOn: config.failOn, scope }).verdict === "fail";
      deps.onProgress?.({
        poll: polls,
        evaluatedAt: end,
        windowEnd,
        final,
        counts: countByKind(last.findings)
      });
      if (settled) settledPoll = new Date(now);
      if (final || lastLook || config.failFast && lastFailed) break;
    } catch (error2) {
      pollError = error2;
      const message = error2 instanceof Error ? error2.message : String(error2);
      if (lastFailed) {
        notes.push(`A later poll failed, so the window was not watched to its end: ${message}`);
        break;
      }
      if (final || !(error2 instanceof SentryError) || !error2.retryable) throw error2;
      if (lastLook && last !== null) {
        notes.push(`The last poll before answering, at ${end.toISOString()}, failed: ${message}`);
        break;
      }
      if (lastLook) throw error2;
      notes.push(`A poll at ${end.toISOString()} failed and was tried again at the next: ${message}`);
      deps.onProgress?.({
        poll: polls,
        evaluatedAt: end,
        windowEnd,
        final,
        counts: countByKind([]),
        error: message
      });
    }
    const next = nextPollAt(clock.now(), config.pollIntervalMs, windowEnd, settledAt);
    if (deps.stopWaitingAt !== void 0 && next > deps.stopWaitingAt) {
      if (clock.now() >= deps.stopWaitingAt) {
        if (last === null) throw pollError;
        break;
      }
      lastLook = true;
      await clock.sleep(deps.stopWaitingAt - clock.now());
      continue;
    }
    await clock.sleep(next - clock.now());
  }
  const evaluation = last;
  const evaluatedUntil = new Date(Math.min(clock.now(), windowEnd.getTime()));
  let fixes = [];
  let spikeTest = null;
  let performance = null;
  let traffic = { errors: null, transactions: null, sessions: null };
  try {
    const claims = await claimedFixes(config, deps.fixClaimTexts, notes);
    const exclude = /* @__PURE__ */ new Set([
      ...evaluation.findings.map((finding) => finding.id),
      ...claims.map((claim) => claim.shortId)
    ]);
    const counted = { since, deployedAt: deploy.at, end: evaluatedUntil };
    const links = sentryLinks(
      config.url,
      config.org,
      projects.map((project) => project.id),
      config.environment
    );
    const [fixCheck, spikes, checked] = await Promise.all([
      checkFixes(source, config, claims, { ...counted, windowEnd, releaseSeen: evaluation.releaseSeen }),
      findSpikes(source, config, { ...counted, projects, exclude }),
      checkPerformance(
        source,
        config,
        { ...counted, projects, release: config.release },
        links,
        source.limitations
      )
    ]);
    fixes = fixCheck.fixes;
    spikeTest = spikes.summary;
    performance = checked.summary;
    traffic = await countTraffic(source, releaseQuery(context, evaluatedUntil), checked);
    evaluation.releaseSeen ||= hasTraffic(traffic);
    evaluation.findings.push(...fixCheck.findings, ...spikes.findings, ...checked.findings);
  } catch (error2) {
    if (!lastFailed) throw error2;
    const message = error2 instanceof Error ? error2.message : String(error2);
    notes.push(`The spike test, the performance checks and the fix check could not run: ${message}`);
  }
  sortFindings(evaluation.findings, config.failOn);
  const [, timeline] = await Promise.all([
    addLocations(source, evaluation.findings, config, notes),
    errorTimeline(
      source,
      {
        projects,
        environment: config.environment,
        deployedAt: deploy.at,
        windowMs: config.windowMs,
        end: evaluatedUntil
      },
      notes
    )
  ]);
  return buildReport({
    config,
    scope,
    windowText,
    timeline,
    deploy,
    windowEnd,
    evaluation,
    fixes,
    spikeTest,
    performance,
    traffic,
    polls,
    settledPoll,
    notes,
    evaluatedAt: new Date(clock.now())
  });
}
function nextPollAt(now, intervalMs, windowEnd, settledAt) {
  const next = now + intervalMs;
  return next >= windowEnd.getTime() ? Math.max(now, settledAt.getTime()) : next;
}
async function poll(context, end) {
  const { source, config, since } = context;
  const search = {
    projects: context.projects,
    environment: config.environment,
    start: since,
    end,
    userQuery: config.query
  };
  const found = await collectFindings(
    {
      fresh: source.searchIssues({ ...search, firstSeenFrom: since, firstRelease: config.release }),
      regressed: source.searchIssues({ ...search, regressedInRelease: config.release }),
      confirmRegression: (issue2) => regressedAfterDeploy(context, issue2)
    },
    config,
    context.deployedAt
  );
  if (!context.releaseSeen && found.candidates > 0) context.releaseSeen = true;
  if (!context.releaseSeen) {
    const query = releaseQuery(context, end);
    context.releaseSeen = await source.hasReleaseEvents(query);
    if (!context.releaseSeen && context.trafficKinds.length > 0) {
      const traffic = await source.releaseTraffic(query, context.trafficKinds);
      context.releaseSeen = hasTraffic(traffic);
      context.trafficKinds = context.trafficKinds.filter((kind) => traffic[kind] !== null);
    }
  }
  return {
    findings: found.findings,
    ignored: found.ignored,
    belowThresholds: found.belowThresholds,
    releaseSeen: context.releaseSeen
  };
}
function releaseQuery(context, end) {
  return {
    projects: context.projects,
    environment: context.config.environment,
    release: context.config.release,
    start: context.since,
    end
  };
}
async function countTraffic(source, query, checked) {
  const readable = { transactions: checked.seen.tracing, sessions: checked.seen.releaseHealth };
  const ask = [
    "errors",
    ...["transactions", "sessions"].filter(
      (kind) => checked.counted[kind] === null && readable[kind] !== null
    )
  ];
  const received = await source.releaseTraffic(query, ask);
  const count2 = (kind) => {
    const known = checked.counted[kind] ?? received[kind];
    return readable[kind] === false && known === 0 ? null : known;
  };
  return { errors: received.errors, transactions: count2("transactions"), sessions: count2("sessions") };
}
function hasTraffic(traffic) {
  return (traffic.errors ?? 0) > 0 || (traffic.transactions ?? 0) > 0 || (traffic.sessions ?? 0) > 0;
}
async function regressedAfterDeploy(context, issue2) {
  if (!context.needRegressionDates) return true;
  let date = context.regressionDates.get(issue2.id);
  if (date === void 0) {
    const activity = await context.source.issueActivity(issue2.id);
    date = regressionSince(activity, context.since, context.config.release);
    context.regressionDates.set(issue2.id, date);
  }
  return date !== null;
}

// src/sentry/rest/frames.ts
function innermostInAppFrame(exceptions, threads) {
  const frames = newestExceptionFrames(exceptions) ?? crashedThreadFrames(threads) ?? [];
  for (let index = frames.length - 1; index >= 0; index--) {
    const frame = frames[index];
    const file = frame.filename || frame.absPath;
    if (frame.inApp === true && file)
      return { file, line: frame.lineNo ?? null, function: frame.function ?? null };
  }
  return null;
}
function newestExceptionFrames(exceptions) {
  const values = exceptions.flatMap((data) => data.values ?? []);
  const withFrames = values.findLast((value) => (value.stacktrace?.frames?.length ?? 0) > 0);
  return withFrames?.stacktrace?.frames ?? null;
}
function crashedThreadFrames(threads) {
  const values = threads.flatMap((data) => data.values ?? []);
  const thread = values.find((value) => value.crashed === true) ?? values.find((value) => value.current === true);
  return thread?.stacktrace?.frames ?? null;
}

// src/sentry/rest/http.ts
var BACKOFF_BASE_MS = 250;
var BACKOFF_CAP_MS = 4e3;
var MAX_BODY_BYTES = 32 * 1024 * 1024;
var MAX_JSON_DEPTH = 512;
var PATH_SHOWN = 160;
var PROBLEM_SHOWN = 160;
function createGet(options) {
  const { token, redact, now } = options;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const minAttemptMs = Math.min(1e3, options.requestTimeoutMs, options.retryBudgetMs / 4);
  const iso = (ms) => new Date(ms).toISOString();
  const backoff = (failures) => {
    const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** failures);
    return ceiling / 2 + Math.random() * ceiling / 2;
  };
  async function attempt(url, endpoint2, timeoutMs) {
    const signal = AbortSignal.timeout(Math.max(1, Math.floor(timeoutMs)));
    try {
      const response = await options.fetch(url, {
        headers: { authorization: `Bearer ${token}`, accept: "application/json" },
        // A redirect would carry the Authorization header to wherever Sentry (or a proxy) points.
        redirect: "manual",
        signal
      });
      const text = await readBody(response, signal, maxBodyBytes);
      if (text === null) {
        return {
          final: new SentryError(
            "malformed",
            `Sentry's answer to ${endpoint2} is larger than ${maxBodyBytes / 1024 / 1024} MB: not read.`
          )
        };
      }
      return { response, text };
    } catch (error2) {
      return failureOf(error2, url, timeoutMs, redact);
    }
  }
  function pastDeadline(endpoint2, failures, problem2) {
    const tried = problem2 === null ? "" : ` (${failures} ${failures === 1 ? "try" : "tries"}, last: ${problem2})`;
    return new SentryError(
      "unavailable",
      redact.text(
        `Sentry did not answer ${endpoint2} by this run's deadline (${iso(options.deadlineAt)})${tried}.`
      )
    );
  }
  async function waitOutRateLimit(headers, endpoint2, limitedBefore) {
    const at = now();
    const reset = Number(headers.get("x-sentry-rate-limit-reset") ?? Number.NaN) * 1e3;
    if (Number.isFinite(reset) && reset > at) {
      if (reset > options.deadlineAt) {
        throw new SentryError(
          "rate-limited",
          `Sentry rate-limited ${endpoint2} until ${reset < 864e13 ? iso(reset) : "an impossible time"}, after this run's deadline (${iso(options.deadlineAt)}): run again later or poll less often.`,
          429
        );
      }
      await options.sleep(reset - at);
      return;
    }
    const delay = backoff(limitedBefore);
    if (at + delay > options.deadlineAt) {
      throw new SentryError(
        "rate-limited",
        `Sentry rate-limited ${endpoint2} and waiting longer would pass this run's deadline (${iso(options.deadlineAt)}): run again later or poll less often.`,
        429
      );
    }
    await options.sleep(delay);
  }
  return async function get(url, call) {
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      throw new SentryError(
        "unsafe",
        redact.text(
          `Refusing to send the Sentry token to a ${url.protocol.slice(0, 20)} address: only http(s) is asked.`
        )
      );
    }
    if (!options.trusted.has(url.origin)) {
      const hosts = [...options.trusted].map((origin) => new URL(origin).host).join(", ");
      throw new SentryError(
        "unsafe",
        redact.text(`Refusing to send the Sentry token to ${url.host}: only ${hosts} may receive it.`)
      );
    }
    const endpoint2 = endpointOf(url, redact);
    if (url.username || url.password) {
      throw new SentryError(
        "unsafe",
        `Refusing to request ${endpoint2}: its address carries a user name or password (user:pass@).`
      );
    }
    let failingSince = null;
    let failures = 0;
    let rateLimited = 0;
    let lastProblem = null;
    for (; ; ) {
      const startedAt = now();
      const toDeadline = options.deadlineAt - startedAt;
      if (toDeadline <= 0) throw pastDeadline(endpoint2, failures, lastProblem);
      const budgetLeft = failingSince === null ? Number.POSITIVE_INFINITY : failingSince + options.retryBudgetMs - startedAt;
      const timeoutMs = Math.min(options.requestTimeoutMs, Math.max(budgetLeft, minAttemptMs), toDeadline);
      const result = await attempt(url, endpoint2, timeoutMs);
      options.onRequest({
        method: "GET",
        url: redact.text(url.href),
        status: "response" in result ? result.response.status : null
      });
      if ("final" in result) throw result.final;
      let problem2;
      if ("problem" in result) {
        problem2 = result.problem;
      } else {
        const { response, text } = result;
        const { status } = response;
        if (status >= 200 && status < 300) {
          const link = response.headers.get("link");
          return { body: parseJson(text, endpoint2, redact), link: link && redact.text(link), endpoint: endpoint2 };
        }
        if (status === 429) {
          await waitOutRateLimit(response.headers, endpoint2, rateLimited++);
          failingSince = null;
          continue;
        }
        if (status >= 300 && status < 400) throw redirectError(status, response.headers, endpoint2, redact);
        if (status < 500 && status !== 408) throw errorForStatus(status, endpoint2, call, text, token, redact);
        problem2 = `HTTP ${status}`;
      }
      failingSince ??= startedAt;
      lastProblem = problem2;
      const at = now();
      const left = Math.min(failingSince + options.retryBudgetMs, options.deadlineAt) - at;
      if (left <= 0) {
        if (failingSince + options.retryBudgetMs > options.deadlineAt)
          throw pastDeadline(endpoint2, failures + 1, problem2);
        throw new SentryError(
          "unavailable",
          redact.text(
            `Sentry is unavailable: ${endpoint2} failed ${failures + 1} times in ${seconds(at - failingSince)} (last: ${problem2}).`
          )
        );
      }
      await options.sleep(Math.min(backoff(failures++), left));
    }
  };
}
function endpointOf(url, redact) {
  const path = redact.text(url.pathname);
  const shown4 = path.length > PATH_SHOWN ? `${path.slice(0, PATH_SHOWN)}\u2026 (${path.length} characters)` : path;
  return `GET ${redact.text(url.origin)}${shown4}`;
}
async function readBody(response, signal, limit) {
  if (!response.body) return "";
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body.cancel().catch(() => {
    });
    return null;
  }
  const reader = response.body.getReader();
  const aborted = new Promise((_resolve, reject) => {
    const fail = () => reject(signal.reason ?? new DOMException("The operation was aborted", "AbortError"));
    if (signal.aborted) fail();
    else signal.addEventListener("abort", fail, { once: true });
  });
  aborted.catch(() => {
  });
  const decoder = new TextDecoder();
  const parts = [];
  let bytes = 0;
  try {
    for (; ; ) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      bytes += value.byteLength;
      if (bytes > limit) return null;
      parts.push(decoder.decode(value, { stream: true }));
    }
  } catch (error2) {
    reader.cancel().catch(() => {
    });
    throw error2;
  }
  parts.push(decoder.decode());
  return parts.join("");
}
function redirectError(status, headers, endpoint2, redact) {
  const location = headers.get("location");
  if (location === null || location.trim() === "") {
    return new SentryError(
      "malformed",
      `Sentry answered ${endpoint2} with HTTP ${status}${status === 304 ? " (Not Modified, though nothing was asked conditionally)" : ""} and no Location to go to: not an answer this request can use.`,
      status
    );
  }
  return new SentryError(
    "unsafe",
    `Sentry answered ${endpoint2} with a redirect (${status}) to "${redact.quote(location)}"; the token is not sent across redirects: set url to the address Sentry answers on.`,
    status
  );
}
function failureOf(error2, url, timeoutMs, redact) {
  if (error2 instanceof Error && (error2.name === "TimeoutError" || error2.name === "AbortError")) {
    return { problem: `no answer within ${seconds(timeoutMs)}` };
  }
  const cause = error2 instanceof Error && error2.cause instanceof Error ? error2.cause : error2;
  const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : "";
  if (code === "ENOTFOUND") {
    return {
      final: new SentryError(
        "bad-request",
        redact.text(`Sentry's host ${url.hostname} cannot be found (DNS: ENOTFOUND): check url.`)
      )
    };
  }
  if (error2 instanceof TypeError && !(error2.cause instanceof Error)) {
    return {
      final: new SentryError(
        "unsafe",
        redact.quote(`Refusing to request ${url.host}: ${error2.message.replace(/:\s*\S+:\/\/\S*/g, "")}`)
      )
    };
  }
  const message = cause instanceof Error ? cause.message : String(cause);
  const text = redact.text(`network error: ${code && !message.includes(code) ? `${code} ` : ""}${message}`);
  return { problem: text.length > PROBLEM_SHOWN ? `${text.slice(0, PROBLEM_SHOWN)}\u2026` : text };
}
function seconds(ms) {
  return `${Math.round(ms / 100) / 10} s`;
}
function nesting(text, limit) {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 91 || c === 123) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 93 || c === 125) {
      depth--;
    }
  }
  return deepest;
}
function parseJson(text, endpoint2, redact) {
  if (nesting(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw new SentryError(
      "malformed",
      `Sentry's answer to ${endpoint2} nests more than ${MAX_JSON_DEPTH} levels deep, far more than any Sentry answer: not read.`
    );
  }
  try {
    return JSON.parse(
      text,
      (_key, value) => typeof value === "string" ? redact.text(value) : value
    );
  } catch {
    throw new SentryError(
      "malformed",
      `Sentry's answer to ${endpoint2} is not JSON${text ? `: "${redact.quote(text)}"` : " (empty body)"}.`
    );
  }
}

// src/sentry/rest/link-header.ts
var LINK = /<([^>]*)>([^<]*)/g;
var PARAM = /;\s*([A-Za-z]+)\s*=\s*"([^"]*)"/g;
function nextPage(header) {
  if (!header) return null;
  for (const [, target = "", rest = ""] of header.matchAll(LINK)) {
    const params = new Map(
      [...rest.matchAll(PARAM)].map(([, name = "", value = ""]) => [name.toLowerCase(), value])
    );
    if (params.get("rel") === "next") {
      return params.get("results") === "true" ? { target, cursor: params.get("cursor") ?? null } : null;
    }
  }
  return null;
}
function nextPageLink(header) {
  return nextPage(header)?.target ?? null;
}

// src/sentry/rest/parse.ts
function parseAs(schema2, body, endpoint2, at = []) {
  const result = schema2.safeParse(body);
  if (result.success) return result.data;
  const issue2 = result.error.issues[0];
  const path = fieldPath([...at, ...issue2?.path ?? []]);
  throw new SentryError(
    "malformed",
    `Sentry's answer to ${endpoint2} does not have the expected shape at ${path}: ${issue2?.message ?? "invalid"}.`
  );
}
function fieldPath(path) {
  const text = path.map((key) => typeof key === "number" ? `[${key}]` : `.${String(key)}`).join("").replace(/^\./, "");
  return text || "(body)";
}

// src/sentry/rest/issue-event-counts.ts
var MAX_EVENT_PAGES = 10;
async function countListedEvents(pages3) {
  let events = 0;
  let first = null;
  let last = null;
  const users = /* @__PURE__ */ new Set();
  let read = 0;
  let capped = false;
  for await (const answer of pages3) {
    for (const event of parseAs(issueEventsSchema, answer.body, answer.endpoint)) {
      events += 1;
      if (first === null || event.dateCreated < first) first = event.dateCreated;
      if (last === null || event.dateCreated > last) last = event.dateCreated;
      const user = userKey(event.user);
      if (user !== null) users.add(user);
    }
    read += 1;
    if (read === MAX_EVENT_PAGES) {
      capped = nextPageLink(answer.link) !== null;
      break;
    }
  }
  if (events === 0) return null;
  return { events, users: users.size, firstSeen: first, lastSeen: last, ...capped ? { capped } : {} };
}
function userKey(user) {
  if (!user) return null;
  if (user.id) return `id:${user.id}`;
  if (user.username) return `username:${user.username}`;
  if (user.email) return `email:${user.email}`;
  if (user.ip_address) return `ip:${user.ip_address}`;
  return null;
}

// src/sentry/rest/paginate.ts
import { createHash } from "node:crypto";
var MAX_LIST_ITEMS = 1e5;
var MAX_LIST_PAGES = 1e3;
var LIMITS = { items: MAX_LIST_ITEMS, pages: MAX_LIST_PAGES };
async function* pages2(get, first, call, limits = LIMITS) {
  const fetched = /* @__PURE__ */ new Set();
  const cursors = /* @__PURE__ */ new Set();
  let items = 0;
  let read = 0;
  let url = first;
  for (; ; ) {
    fetched.add(digest(url.href));
    const answer = await get(url, call);
    read += 1;
    items += itemsIn(answer.body);
    yield answer;
    const next = nextPage(answer.link);
    if (next === null) return;
    const from = `Sentry's next-page link in its answer to ${answer.endpoint}`;
    if (!URL.canParse(next.target, url.href)) throw new SentryError("malformed", `${from} is not a URL.`);
    const nextUrl = new URL(next.target, url);
    if (nextUrl.protocol !== "https:" && nextUrl.protocol !== "http:")
      throw new SentryError("unsafe", `${from} is not an http(s) address: not followed.`);
    if (nextUrl.username || nextUrl.password)
      throw new SentryError("unsafe", `${from} carries a user name or password (user:pass@): not followed.`);
    const cursor = next.cursor ?? nextUrl.searchParams.get("cursor");
    if (fetched.has(digest(nextUrl.href)) || cursor !== null && cursors.has(digest(cursor))) {
      throw new SentryError(
        "unsafe",
        `${from} leads back to a page already read (cursor ${quoteCursor(cursor)}, after ${read} pages): Sentry's pagination loops, so the list was not read to an end.`
      );
    }
    if (read >= limits.pages || items >= limits.items) {
      throw new SentryError(
        "bad-request",
        `Sentry's list at ${answer.endpoint} goes on past ${items.toLocaleString("en-US")} items in ${read.toLocaleString("en-US")} pages, the most that is read (${limits.items.toLocaleString("en-US")} items, ${limits.pages.toLocaleString("en-US")} pages): narrow project, environment or query.`
      );
    }
    if (cursor !== null) cursors.add(digest(cursor));
    url = nextUrl;
  }
}
function itemsIn(body) {
  if (Array.isArray(body)) return body.length;
  if (typeof body === "object" && body !== null && "data" in body && Array.isArray(body.data))
    return body.data.length;
  return 0;
}
function digest(text) {
  return createHash("sha256").update(text).digest("base64");
}
function quoteCursor(cursor) {
  return cursor === null ? "none" : `"${excerpt(cursor, 40).replaceAll('"', "?")}"`;
}

// src/sentry/rest/paths.ts
function apiPath(parts, ...values) {
  let path = "/api/0";
  parts.forEach((part, index) => {
    path += part;
    const value = values[index];
    if (value === void 0) return;
    if (value === "" || value === "." || value === "..") {
      throw new SentryError("bad-request", `"${value}" cannot be used as a name in a Sentry API path.`);
    }
    path += encodeURIComponent(value);
  });
  return path;
}
function apiUrl(base, path, query = []) {
  const url = new URL(`${base.origin}${base.pathname.replace(/\/+$/, "")}${path}`);
  for (const [name, value] of query) url.searchParams.append(name, value);
  return url;
}
function scopeParams(scope) {
  return [
    ...scope.projects.map((project) => ["project", project.id]),
    ...scope.environment ? [["environment", scope.environment]] : [],
    ["start", scope.start.toISOString()],
    ["end", scope.end.toISOString()]
  ];
}

// src/sentry/rest/region.ts
function controlHostOf(base, controlHosts) {
  return controlHosts.find((host) => host.toLowerCase() === base.hostname) ?? null;
}
function trustedRegion(regionUrl, controlHost) {
  if (!regionUrl || !URL.canParse(regionUrl)) return null;
  const url = new URL(regionUrl);
  const host = controlHost.toLowerCase();
  const sameService = url.hostname === host || url.hostname.endsWith(`.${host}`);
  if (url.protocol !== "https:" || !sameService || url.username || url.password) return null;
  return new URL(url.origin);
}
async function discoverRegion(get, base, org, controlHost) {
  const url = apiUrl(base, apiPath`/organizations/${org}/`);
  const answer = await get(url, {
    what: "read the organization",
    scope: "org:read",
    notFound: `Sentry has no organization "${org}" that this token can see: check org`
  });
  const organization = parseAs(organizationSchema, answer.body, answer.endpoint);
  return trustedRegion(organization.links?.regionUrl, controlHost) ?? base;
}

// src/sentry/rest/sessions.ts
var SUM = "sum(session)";
var MINUTE_MS = 6e4;
var HOUR_MINUTES = 60;
var DAY_MINUTES = 24 * HOUR_MINUTES;
var MAX_SESSION_INTERVALS = 1e3;
var MINUTE_RESOLUTION_MS = 30 * DAY_MINUTES * MINUTE_MS;
var CLOCK_MARGIN_MS = HOUR_MINUTES * MINUTE_MS;
var INTERVALS = Array.from({ length: DAY_MINUTES }, (_, index) => index + 1).filter(
  (minutes) => DAY_MINUTES % minutes === 0
);
var UNSUPPORTED = /^invalid (field|groupby)\b|minimum interval of one hour|one-minute resolution/i;
function sessionsInterval(start, end, now, hoursOnly = false) {
  const hours = hoursOnly || now - start.getTime() > MINUTE_RESOLUTION_MS - CLOCK_MARGIN_MS;
  const fits = INTERVALS.find((minutes) => {
    if (hours && minutes % HOUR_MINUTES !== 0) return false;
    const ms = minutes * MINUTE_MS;
    const from = Math.floor(start.getTime() / ms) * ms;
    return Math.ceil((end.getTime() + 1e3 - from) / ms) <= MAX_SESSION_INTERVALS;
  });
  if (fits === void 0) {
    throw new SentryError(
      "bad-request",
      `Sentry counts sessions over at most ${MAX_SESSION_INTERVALS} days, not ${start.toISOString()} to ${end.toISOString()}.`
    );
  }
  return fits;
}
async function releaseSessions(getApi, org, query, now) {
  const call = {
    ...sentryCalls(org).count(query.environment),
    what: "read release health (sessions)",
    unsupported: UNSUPPORTED
  };
  const ask = (minutes2) => orUnsupported(
    getApi(
      apiPath`/organizations/${org}/sessions/`,
      [
        ["field", SUM],
        ["groupBy", "release"],
        ["groupBy", "session.status"],
        ...scopeParams(query),
        ["interval", minutes2 % HOUR_MINUTES === 0 ? `${minutes2 / HOUR_MINUTES}h` : `${minutes2}m`],
        ["includeSeries", "0"],
        ...query.release === void 0 ? [] : [["query", `release:${quoteSearchValue(query.release)}`]]
      ],
      call
    )
  );
  const minutes = sessionsInterval(query.start, query.end, now);
  let answer = await ask(minutes);
  if (answer === null && minutes % HOUR_MINUTES !== 0)
    answer = await ask(sessionsInterval(query.start, query.end, now, true));
  if (answer === null) return null;
  const releases = /* @__PURE__ */ new Map();
  for (const { by, totals } of parseAs(sessionGroupsSchema, answer.body, answer.endpoint).groups) {
    if (query.release !== void 0 && by.release !== query.release) {
      throw new SentryError(
        "malformed",
        `Sentry's answer to ${answer.endpoint} counts sessions of release "${excerpt(by.release, 60)}", which was not asked for.`
      );
    }
    const release = releases.get(by.release) ?? { release: by.release, sessions: 0, crashed: 0 };
    release.sessions += totals[SUM];
    if (by["session.status"] === "crashed") release.crashed += totals[SUM];
    releases.set(by.release, release);
  }
  return [...releases.values()].sort((a, b) => b.sessions - a.sessions);
}

// src/sentry/rest/spans.ts
var REFERRER = "sentry-deploy-verify";
var COUNT = "count()";
var STATS_FIELDS = ["transaction", COUNT, "failure_count()", "p95(span.duration)"];
var MAX_TRANSACTIONS = 100;
var SLOWER_NAMES_PER_REQUEST = 50;
var MAX_SLOWER_QUERY_CHARS = 6e3;
var UNKNOWN_DATASET_OR_FUNCTION = /dataset|(unknown|invalid|not a valid) (function|field|column)/i;
async function countTransactions(getApi, org, query) {
  const answer = await askSpans(getApi, org, query, {
    fields: [COUNT],
    terms: [`release:${quoteSearchValue(query.release)}`],
    perPage: 1
  });
  if (answer === null) return null;
  return parseAs(totalCountSchema, answer.body, answer.endpoint).data[0]?.[COUNT] ?? 0;
}
async function transactionStats(getApi, org, query) {
  if (!Number.isSafeInteger(query.maxResults) || query.maxResults < 1) {
    throw new SentryError(
      "bad-request",
      `Transaction stats need a whole, positive number of transactions, not ${query.maxResults}.`
    );
  }
  if (query.transactions?.length === 0) return [];
  const releases = [];
  if (query.release !== void 0) releases.push(`release:${quoteSearchValue(query.release)}`);
  if (query.exceptRelease !== void 0) releases.push(`!release:${quoteSearchValue(query.exceptRelease)}`);
  const names = query.transactions === void 0 ? [] : [`transaction:[${query.transactions.map(quoteExactValue).join(",")}]`];
  const slowerTerms = [...query.slowerThan ?? []].map(([name, ms]) => slowerTerm(name, ms));
  const [stats, ...slower] = await Promise.all([
    askSpans(getApi, org, query, {
      fields: STATS_FIELDS,
      terms: [...releases, ...names],
      sort: `-${COUNT}`,
      perPage: Math.min(query.maxResults, MAX_TRANSACTIONS)
    }),
    // The names come with their thresholds, so the list of names is not needed there.
    ...slowerBatches(
      slowerTerms,
      MAX_SLOWER_QUERY_CHARS - encodedLength(spansQuery([...releases, "()"]))
    ).map(
      (batch) => askSpans(getApi, org, query, {
        fields: ["transaction", COUNT],
        terms: [...releases, `(${batch.map((term) => term.text).join(" OR ")})`],
        sort: `-${COUNT}`,
        perPage: batch.length
      }).then((answer) => answer && slowerCounts(answer, batch))
    )
  ]);
  if (stats === null || slower.includes(null)) return null;
  const slowerOf = new Map(slower.flatMap((counts) => [...counts ?? []]));
  const asked = query.transactions === void 0 ? null : new Set(query.transactions);
  const rows = parseAs(transactionStatsSchema, stats.body, stats.endpoint).data.map((row) => {
    if (asked !== null && !asked.has(row.transaction)) notAsked(stats, row.transaction);
    const samples = row[COUNT];
    return {
      transaction: row.transaction,
      samples,
      failures: row["failure_count()"],
      p95Ms: row["p95(span.duration)"],
      // Counted by a second request, which may see samples that arrived after the first: never above them.
      slower: query.slowerThan?.has(row.transaction) ? Math.min(slowerOf.get(row.transaction) ?? 0, samples) : null
    };
  });
  return rows.sort((a, b) => b.samples - a.samples);
}
function slowerTerm(name, ms) {
  if (!(ms >= 0 && ms <= Number.MAX_SAFE_INTEGER)) {
    throw new SentryError(
      "bad-request",
      `A duration threshold for transaction "${excerpt(name, 100)}" must be a number of milliseconds from 0, not ${ms}.`
    );
  }
  const duration2 = ms.toFixed(3).replace(/\.?0+$/, "");
  return { name, text: `transaction:${quoteExactValue(name)} span.duration:>${duration2}ms` };
}
function slowerBatches(terms, room) {
  const batches = [];
  let batch = [];
  let length = 0;
  for (const term of terms) {
    const more = encodedLength(` OR ${term.text}`);
    if (batch.length === SLOWER_NAMES_PER_REQUEST || batch.length > 0 && length + more > room) {
      batches.push(batch);
      batch = [];
      length = 0;
    }
    batch.push(term);
    length += more;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
function slowerCounts(answer, batch) {
  const asked = new Set(batch.map((term) => term.name));
  const counts = /* @__PURE__ */ new Map();
  for (const row of parseAs(transactionCountsSchema, answer.body, answer.endpoint).data) {
    if (!asked.has(row.transaction)) notAsked(answer, row.transaction);
    counts.set(row.transaction, row[COUNT]);
  }
  return counts;
}
function notAsked(answer, transaction) {
  throw new SentryError(
    "malformed",
    `Sentry's answer to ${answer.endpoint} counts transaction "${excerpt(transaction, 60)}", which was not asked for.`
  );
}
function spansQuery(terms) {
  return ["is_transaction:true", ...terms].join(" ");
}
function encodedLength(text) {
  return encodeURIComponent(text).length;
}
function askSpans(getApi, org, scope, ask) {
  const params = [
    ["dataset", "spans"],
    ...ask.fields.map((field2) => ["field", field2]),
    ["query", spansQuery(ask.terms)],
    ...ask.sort === void 0 ? [] : [["sort", ask.sort]],
    ...scopeParams(scope),
    ["disableAggregateExtrapolation", "1"],
    ["per_page", String(ask.perPage)],
    ["referrer", REFERRER]
  ];
  return orUnsupported(
    getApi(apiPath`/organizations/${org}/events/`, params, spansCall(org, scope.environment))
  );
}
function spansCall(org, environment) {
  return {
    ...sentryCalls(org).count(environment),
    what: "read transactions (the spans dataset)",
    unsupported: UNKNOWN_DATASET_OR_FUNCTION
  };
}

// src/sentry/rest/timeline.ts
var MAX_SENTRY_POINTS = 1e4;
var MAX_TIMELINE_CALLS = 5;
function planTimeline(query) {
  const { start, end, intervalSeconds } = query;
  if (!Number.isSafeInteger(intervalSeconds) || intervalSeconds <= 0) {
    throw new SentryError(
      "bad-request",
      `An error timeline needs a whole, positive number of seconds per bucket, not ${intervalSeconds}.`
    );
  }
  const spanMs = end.getTime() - start.getTime();
  if (!(spanMs > 0)) {
    throw new SentryError(
      "bad-request",
      `An error timeline needs a start before its end (${start.toISOString()} \u2192 ${end.toISOString()}).`
    );
  }
  const offset = mod(Math.floor(start.getTime() / 1e3), intervalSeconds);
  const fetchSeconds = gcd(intervalSeconds, offset);
  const callMs = MAX_SENTRY_POINTS * fetchSeconds * 1e3;
  const callCount = Math.ceil(spanMs / callMs);
  if (callCount > MAX_TIMELINE_CALLS) {
    const points = Math.ceil(spanMs / 1e3 / fetchSeconds);
    const aligned = offset === 0 ? "" : ` Its start is ${offset} s off Sentry's ${intervalSeconds} s grid, so it needs ${fetchSeconds} s buckets: start it on a multiple of the interval.`;
    throw new SentryError(
      "bad-request",
      `An error timeline from ${start.toISOString()} to ${end.toISOString()} needs ${points} of Sentry's buckets, more than the ${MAX_TIMELINE_CALLS * MAX_SENTRY_POINTS} it may ask for: use a larger interval or a shorter range.${aligned}`
    );
  }
  const calls = Array.from({ length: callCount }, (_, index) => ({
    start: new Date(start.getTime() + index * callMs),
    end: new Date(Math.min(end.getTime(), start.getTime() + (index + 1) * callMs))
  }));
  return { fetchSeconds, buckets: Math.ceil(spanMs / (intervalSeconds * 1e3)), calls };
}
function sumIntoTimeline(query, plan, values) {
  const startMs = query.start.getTime();
  const intervalMs = query.intervalSeconds * 1e3;
  const counts = new Array(plan.buckets).fill(0);
  const fromMs = Math.floor(startMs / 1e3) * 1e3;
  for (const { timestamp, value } of values) {
    if (timestamp >= query.end.getTime() || timestamp + plan.fetchSeconds * 1e3 <= fromMs) continue;
    const index = Math.min(plan.buckets - 1, Math.max(0, Math.floor((timestamp - fromMs) / intervalMs)));
    counts[index] = counts[index] + value;
  }
  return counts.map((events, index) => ({ start: new Date(startMs + index * intervalMs), events }));
}
function gcd(a, b) {
  let [x, y] = [a, b];
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
function mod(a, n) {
  return (a % n + n) % n;
}

// src/sentry/rest/traffic.ts
async function releaseTraffic(getApi, org, query, kinds, now) {
  const count2 = (kind, read) => kinds.includes(kind) ? read() : Promise.resolve(null);
  const [errors, transactions, sessions] = await Promise.all([
    count2("errors", () => countErrors(getApi, org, query)),
    count2("transactions", () => countTransactions(getApi, org, query)),
    count2("sessions", async () => {
      const releases = await releaseSessions(getApi, org, query, now);
      return releases?.reduce((sum, release) => sum + release.sessions, 0) ?? null;
    })
  ]);
  return { errors, transactions, sessions };
}
async function countErrors(getApi, org, query) {
  const answer = await getApi(
    apiPath`/organizations/${org}/events/`,
    [
      ["dataset", "errors"],
      ["field", "count()"],
      ["query", `release:${quoteSearchValue(query.release)}`],
      ...scopeParams(query)
    ],
    sentryCalls(org).count(query.environment)
  );
  return parseAs(totalCountSchema, answer.body, answer.endpoint).data[0]?.["count()"] ?? 0;
}

// src/sentry/rest/source.ts
var RETRY_BUDGET_MS = 15e3;
var REQUEST_TIMEOUT_MS = 1e4;
var shortText = (text) => excerpt(text, 60);
var LIST_COLLAPSE = ["stats", "lifetime", "filtered", "unhandled"].map(
  (part) => ["collapse", part]
);
var DETAIL_COLLAPSE = ["stats", "tags", "release"].map((part) => ["collapse", part]);
var PAGE_SIZE = "100";
var COUNT2 = "count()";
var ISSUE_COUNT_FIELDS = ["issue.id", COUNT2, "count_unique(user)", "min(timestamp)", "last_seen()"];
var ISSUES_PER_COUNT = 50;
function createRestSource(options) {
  if (!URL.canParse(options.url)) {
    throw new SentryError(
      "bad-request",
      `url "${options.url}" is not a URL: give Sentry's address, e.g. https://sentry.io.`
    );
  }
  const configured = new URL(options.url);
  const { org } = options;
  const redact = createRedactor(options.token);
  const trusted = /* @__PURE__ */ new Set([configured.origin]);
  const now = options.now ?? Date.now;
  const get = createGet({
    token: options.token,
    redact,
    trusted,
    fetch: options.fetch ?? globalThis.fetch,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    now,
    onRequest: options.onRequest ?? (() => {
    }),
    requestTimeoutMs: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
    retryBudgetMs: options.retryBudgetMs ?? RETRY_BUDGET_MS,
    deadlineAt: options.deadlineAt
  });
  const controlHost = controlHostOf(configured, options.controlHosts ?? ["sentry.io"]);
  let base;
  function apiBase() {
    if (controlHost === null) return Promise.resolve(configured);
    base ??= discoverRegion(get, configured, org, controlHost).then(
      (region) => {
        trusted.add(region.origin);
        return region;
      },
      (error2) => {
        base = void 0;
        throw error2;
      }
    );
    return base;
  }
  function permalinkOf(permalink, issueId) {
    if (URL.canParse(permalink)) {
      const url = new URL(permalink);
      const own = url.hostname === configured.hostname || controlHost !== null && (url.hostname === controlHost || url.hostname.endsWith(`.${controlHost}`));
      if ((url.protocol === "https:" || url.protocol === "http:") && own && !url.username && !url.password)
        return url.href;
    }
    return issueLink(configured.href, org, issueId);
  }
  function describeIssue(issue2) {
    return {
      id: issue2.id,
      shortId: issue2.shortId,
      title: issue2.title,
      culprit: issue2.culprit ?? null,
      permalink: permalinkOf(issue2.permalink, issue2.id),
      level: issue2.level,
      category: issue2.issueCategory ?? ERROR_CATEGORY
    };
  }
  async function getApi(path, query, call) {
    return get(apiUrl(await apiBase(), path, query), call);
  }
  async function orNull(promise) {
    try {
      return await promise;
    } catch (error2) {
      if (error2 instanceof SentryError && error2.kind === "not-found") return null;
      throw error2;
    }
  }
  const releaseCall = (version) => ({
    what: "read releases",
    scope: "project:read",
    notFound: `Sentry has no release "${version}" in organization "${org}": check release and org`
  });
  function issueListQuery(search, query, extra) {
    return [...scopeParams(search), ["query", query], ...extra, ...LIST_COLLAPSE];
  }
  const calls = sentryCalls(org);
  async function countErrorEvents(issueIds, query, counts) {
    for (let from = 0; from < issueIds.length; from += ISSUES_PER_COUNT) {
      const ids = issueIds.slice(from, from + ISSUES_PER_COUNT);
      if (!ids.every((id) => /^\d+$/.test(id)))
        throw new SentryError("malformed", `Sentry gave an issue ID that is not a number: ${ids.join(", ")}`);
      const terms = [`issue.id:[${ids.join(",")}]`];
      if (query.release !== void 0) terms.push(`release:${quoteSearchValue(query.release)}`);
      const params = [
        ["dataset", "errors"],
        ...ISSUE_COUNT_FIELDS.map((field2) => ["field", field2]),
        ["query", terms.join(" ")],
        ["start", query.start.toISOString()],
        ["end", query.end.toISOString()],
        ...query.projects.map((project) => ["project", project.id]),
        ...query.environment ? [["environment", query.environment]] : [],
        ["per_page", PAGE_SIZE]
      ];
      const answer = await getApi(
        apiPath`/organizations/${org}/events/`,
        params,
        calls.count(query.environment)
      );
      const asked = new Set(ids);
      for (const row of parseAs(issueCountRowsSchema, answer.body, answer.endpoint).data) {
        if (!asked.has(row["issue.id"])) {
          throw new SentryError(
            "malformed",
            `Sentry's answer to ${answer.endpoint} counts issue ${shortText(row["issue.id"])}, which was not asked for.`
          );
        }
        counts.set(row["issue.id"], {
          events: row["count()"],
          users: row["count_unique(user)"],
          firstSeen: row["min(timestamp)"] ?? null,
          lastSeen: row["last_seen()"] ?? null
        });
      }
    }
  }
  async function countIssueEvents(issueId, query) {
    const params = [
      ["start", query.start.toISOString()],
      ["end", query.end.toISOString()],
      ...query.environment ? [["environment", query.environment]] : [],
      ...query.release === void 0 ? [] : [["query", `release:${quoteSearchValue(query.release)}`]],
      ["per_page", PAGE_SIZE]
    ];
    const first = apiUrl(await apiBase(), apiPath`/organizations/${org}/issues/${issueId}/events/`, params);
    return countListedEvents(pages2(get, first, calls.issue(issueId)));
  }
  return {
    limitations: [],
    async resolveProjects(slugs) {
      const answers = await Promise.allSettled(
        slugs.map(async (slug) => {
          const answer = await getApi(apiPath`/projects/${org}/${slug}/`, [], {
            what: "read projects",
            scope: "project:read",
            notFound: `Sentry has no project "${slug}" in organization "${org}" that this token can see: check project and org`
          });
          const project = parseAs(projectSchema, answer.body, answer.endpoint);
          if (project.slug !== slug && project.id !== slug) {
            throw new SentryError(
              "malformed",
              `Sentry's answer to ${answer.endpoint} describes project "${shortText(project.slug)}" (ID ${shortText(project.id)}), not the project "${slug}" asked for.`
            );
          }
          return { id: project.id, slug: project.slug };
        })
      );
      const projects = [];
      const missing = [];
      for (const [index, answer] of answers.entries()) {
        if (answer.status === "fulfilled") {
          projects.push(answer.value);
          continue;
        }
        const error2 = answer.reason;
        if (!(error2 instanceof SentryError && error2.kind === "not-found")) throw error2;
        missing.push({ slug: slugs[index], error: error2 });
      }
      if (missing.length === 1) throw missing[0]?.error;
      if (missing.length > 1) {
        throw new SentryError(
          "not-found",
          `Sentry has no projects ${missing.map(({ slug }) => `"${slug}"`).join(", ")} in organization "${org}" that this token can see (404 on each): check project and org.`,
          404
        );
      }
      return projects;
    },
    async release(version) {
      const answer = await orNull(
        getApi(apiPath`/organizations/${org}/releases/${version}/`, [], releaseCall(version))
      );
      if (answer === null) return null;
      const release = parseAs(releaseSchema, answer.body, answer.endpoint);
      if (release.version !== version) {
        throw new SentryError(
          "malformed",
          `Sentry's answer to ${answer.endpoint} describes release "${shortText(release.version)}", not the release "${shortText(version)}" asked for.`
        );
      }
      return {
        version: release.version,
        dateCreated: release.dateCreated,
        firstEvent: release.firstEvent ?? null,
        lastEvent: release.lastEvent ?? null
      };
    },
    async deploys(version) {
      const first = apiUrl(await apiBase(), apiPath`/organizations/${org}/releases/${version}/deploys/`);
      const deploys = [];
      try {
        for await (const answer of pages2(get, first, releaseCall(version))) {
          for (const deploy of parseAs(deploysSchema, answer.body, answer.endpoint)) {
            deploys.push({
              id: deploy.id,
              environment: deploy.environment,
              dateStarted: deploy.dateStarted ?? null,
              dateFinished: deploy.dateFinished ?? null
            });
          }
        }
      } catch (error2) {
        if (error2 instanceof SentryError && error2.kind === "not-found" && deploys.length === 0) return [];
        throw error2;
      }
      return deploys;
    },
    async *searchIssues(search) {
      let left = search.maxResults ?? Number.POSITIVE_INFINITY;
      const query = issueListQuery(search, issueQuery(search), [
        ["sort", search.sort ?? "new"],
        ["limit", String(Math.min(Number(PAGE_SIZE), left))]
      ]);
      const first = apiUrl(await apiBase(), apiPath`/organizations/${org}/issues/`, query);
      for await (const answer of pages2(get, first, calls.issues(search.environment))) {
        for (const issue2 of parseAs(issuesSchema, answer.body, answer.endpoint)) {
          if (left <= 0) return;
          left -= 1;
          yield {
            ...describeIssue(issue2),
            projectSlug: issue2.project.slug,
            events: issue2.count,
            users: issue2.userCount,
            firstSeen: issue2.firstSeen,
            lastSeen: issue2.lastSeen
          };
        }
        if (left <= 0) return;
      }
    },
    async countIssues(search) {
      const query = issueListQuery(search, issueQuery(search), [["limit", PAGE_SIZE]]);
      const first = apiUrl(await apiBase(), apiPath`/organizations/${org}/issues/`, query);
      let count2 = 0;
      for await (const answer of pages2(get, first, calls.issues(search.environment)))
        count2 += parseAs(issuesSchema, answer.body, answer.endpoint).length;
      return count2;
    },
    async resolveShortId(shortId) {
      const answer = await orNull(
        getApi(apiPath`/organizations/${org}/shortids/${shortId}/`, [], {
          what: "read issues",
          scope: "event:read",
          notFound: `Sentry has no issue ${shortId} in organization "${org}"`
        })
      );
      if (answer === null) return null;
      const { group } = parseAs(shortIdSchema, answer.body, answer.endpoint);
      return { ...describeIssue(group), projectSlug: group.project.slug, projectId: group.project.id };
    },
    async issueCounts(query) {
      const counts = /* @__PURE__ */ new Map();
      const errors = query.issues.filter((issue2) => issue2.category === ERROR_CATEGORY).map((issue2) => issue2.id);
      const others = query.issues.filter((issue2) => issue2.category !== ERROR_CATEGORY).map((issue2) => issue2.id);
      await Promise.all([
        countErrorEvents(errors, query, counts),
        ...others.map(async (id) => {
          const count2 = await countIssueEvents(id, query);
          if (count2 !== null) counts.set(id, count2);
        })
      ]);
      return { counts, uncountable: /* @__PURE__ */ new Map() };
    },
    async issueActivity(issueId) {
      const answer = await getApi(
        apiPath`/organizations/${org}/issues/${issueId}/`,
        DETAIL_COLLAPSE,
        calls.issue(issueId)
      );
      return parseAs(issueDetailSchema, answer.body, answer.endpoint).activity.map((activity) => ({
        type: activity.type,
        dateCreated: activity.dateCreated,
        version: activity.data?.version ?? null
      }));
    },
    async latestEventLocation(issueId, environment) {
      const answer = await orNull(
        getApi(
          apiPath`/organizations/${org}/issues/${issueId}/events/latest/`,
          environment ? [["environment", environment]] : [],
          calls.issue(issueId)
        )
      );
      if (answer === null) return null;
      const exceptions = [];
      const threads = [];
      parseAs(eventSchema, answer.body, answer.endpoint).entries.forEach((entry, index) => {
        const at = ["entries", index, "data"];
        if (entry.type === "exception")
          exceptions.push(parseAs(exceptionDataSchema, entry.data, answer.endpoint, at));
        if (entry.type === "threads")
          threads.push(parseAs(threadsDataSchema, entry.data, answer.endpoint, at));
      });
      return innermostInAppFrame(exceptions, threads);
    },
    async hasReleaseEvents(query) {
      const params = issueListQuery(query, issueQuery({ release: query.release, userQuery: "" }), [
        ["limit", "1"]
      ]);
      const answer = await getApi(
        apiPath`/organizations/${org}/issues/`,
        params,
        calls.issues(query.environment)
      );
      return parseAs(issuesSchema, answer.body, answer.endpoint).length > 0;
    },
    async errorTimeline(query) {
      const plan = planTimeline(query);
      const call = calls.count(query.environment);
      const values = [];
      for (const range of plan.calls) {
        const params = [
          ["dataset", "errors"],
          ["yAxis", COUNT2],
          ["interval", String(plan.fetchSeconds)],
          ["start", range.start.toISOString()],
          ["end", range.end.toISOString()],
          ...query.projects.map((project) => ["project", project.id]),
          ...query.environment ? [["environment", query.environment]] : []
        ];
        const answer = await getApi(apiPath`/organizations/${org}/events-timeseries/`, params, call);
        const { timeSeries } = parseAs(timeseriesSchema, answer.body, answer.endpoint);
        if (timeSeries.length === 0) continue;
        const index = timeSeries.findIndex((series2) => series2.yAxis === COUNT2);
        const series = timeSeries[index];
        if (!series) {
          throw new SentryError(
            "malformed",
            `Sentry's answer to ${answer.endpoint} has no ${COUNT2} series (yAxis: ${timeSeries.map((s) => s.yAxis).join(", ")}).`
          );
        }
        if (series.meta.interval !== plan.fetchSeconds * 1e3) {
          throw new SentryError(
            "malformed",
            `Sentry's answer to ${answer.endpoint} has buckets of ${series.meta.interval / 1e3} s at timeSeries[${index}].meta.interval, not the ${plan.fetchSeconds} s asked for.`
          );
        }
        for (const value of series.values) values.push(value);
      }
      return sumIntoTimeline(query, plan, values);
    },
    releaseTraffic: (query, kinds) => releaseTraffic(getApi, org, query, kinds, now()),
    transactionStats: (query) => transactionStats(getApi, org, query),
    releaseSessions: (query) => releaseSessions(getApi, org, query, now())
  };
}

// src/entries/check.ts
async function runCheck(config, options = {}) {
  const { clock = systemClock, deadlineAt = Number.POSITIVE_INFINITY, ...deps } = options;
  let close = async () => {
  };
  try {
    const source = await sentrySource(config, Math.min(runDeadline(config, clock.now()), deadlineAt));
    close = source.close;
    if (config.mode === "scan") return await scanErrors(config, { source, clock });
    return await verifyRelease(config, { source, clock, ...deps });
  } catch (error2) {
    return errorReport(config, error2 instanceof Error ? error2.message : String(error2), new Date(clock.now()));
  } finally {
    await close();
  }
}
async function sentrySource(config, deadlineAt) {
  const where = { url: config.url, org: config.org, token: config.authToken, deadlineAt };
  if (config.source === "mcp") {
    const { createMcpSource } = await import("./chunks/source-YK6UC4DZ.js");
    return createMcpSource({
      ...where,
      server: config.mcpUrl ? { url: config.mcpUrl } : { command: config.mcpCommand }
    });
  }
  return { ...createRestSource(where), close: async () => {
  } };
}

// src/entries/problems.ts
function describeProblems(problems, name) {
  return problems.map((problem2) => `${name(problem2.input)} ${problem2.message}`).join("; ");
}
function unsupported(config, name) {
  if (config.source === "mcp" && new URL(config.url).pathname.replace(/\/+$/, "") !== "")
    return `${name("source")} mcp needs Sentry at the root of its host (the Sentry MCP server takes --host only); ${name("url")} has a path`;
  return null;
}

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// src/github/errors.ts
var GitHubPermissionError = class extends Error {
  constructor(permission, message) {
    super(message);
    this.permission = permission;
  }
  permission;
  name = "GitHubPermissionError";
};
function permissionError(error2, permission, refused, alternative) {
  if (!(error2 instanceof RequestError) || error2.status !== 403) return error2;
  const rateLimited = error2.response?.headers["x-ratelimit-remaining"] === "0" || /rate limit/i.test(error2.message);
  if (rateLimited) return error2;
  return new GitHubPermissionError(
    permission,
    `GitHub refused to ${refused} (${error2.message}): give the job \`permissions: ${permission}\`${alternative ? ` (or \`${alternative}\`)` : ""}.`
  );
}
function describeError(error2) {
  if (error2 instanceof ZodError) return "its answer was not in the expected shape";
  return error2 instanceof Error ? error2.message : String(error2);
}

// src/github/claim-texts.ts
var MAX_TEXT_CHARACTERS = 65536;
var MAX_TEXTS = 300;
var Sha = string().regex(/^[0-9a-f]{40}$/i);
var PullRequest = object({ title: string(), body: string().nullable().optional() });
var Commit = object({ sha: Sha, commit: object({ message: string() }) });
var PushPayload = object({
  commits: array(unknown()).nullish(),
  head_commit: unknown().nullish()
});
var PushedCommit = object({ id: Sha, message: string() });
async function readClaimTexts(github, repository, run2, deployedCommit2, pullRequest) {
  const where = { owner: repository.owner, repo: repository.name };
  const texts = [];
  const warnings = [];
  const commitsRead = /* @__PURE__ */ new Set();
  let dropped = 0;
  const add = (place, text) => {
    if (text.trim() === "") return;
    if (texts.length >= MAX_TEXTS) dropped += 1;
    else texts.push({ where: place, text: bounded(text) });
  };
  const addCommit = (sha, message) => {
    const key = sha.toLowerCase();
    if (commitsRead.has(key)) return;
    commitsRead.add(key);
    add(`commit ${key.slice(0, 7)}`, message);
  };
  if (pullRequest !== null) {
    const place = `pull request #${pullRequest}`;
    try {
      const response = await github.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
        ...where,
        pull_number: pullRequest
      });
      const pull = PullRequest.parse(response.data);
      add(place, pull.title);
      add(place, pull.body ?? "");
    } catch (error2) {
      warnings.push(couldNotRead(error2, `the title and description of ${place}`, "pull-requests: read"));
    }
    try {
      const pages3 = github.paginate.iterator("GET /repos/{owner}/{repo}/pulls/{pull_number}/commits", {
        ...where,
        pull_number: pullRequest,
        per_page: 100
      });
      for await (const page of pages3) {
        for (const commit of array(Commit).parse(page.data)) addCommit(commit.sha, commit.commit.message);
        if (texts.length >= MAX_TEXTS) break;
      }
    } catch (error2) {
      warnings.push(couldNotRead(error2, `the commits of ${place}`, "pull-requests: read"));
    }
  }
  if (run2.eventName === "push") {
    const payload = PushPayload.safeParse(run2.payload);
    if (payload.success) {
      for (const entry of [...payload.data.commits ?? [], payload.data.head_commit]) {
        const commit = PushedCommit.safeParse(entry);
        if (commit.success) addCommit(commit.data.id, commit.data.message);
      }
    }
  }
  if (deployedCommit2 && !commitsRead.has(deployedCommit2.toLowerCase())) {
    try {
      const response = await github.request("GET /repos/{owner}/{repo}/commits/{ref}", {
        ...where,
        ref: deployedCommit2
      });
      const commit = Commit.parse(response.data);
      addCommit(commit.sha, commit.commit.message);
    } catch (error2) {
      warnings.push(
        couldNotRead(error2, `the message of commit ${deployedCommit2.slice(0, 7)}`, "contents: read")
      );
    }
  }
  if (dropped > 0) {
    warnings.push(`Only the first ${MAX_TEXTS} texts were read for fix claims; ${dropped} more were not.`);
  }
  return { texts, warnings };
}
function couldNotRead(error2, what, permission) {
  const refused = permissionError(error2, permission, `read ${what} for fix claims`);
  return refused instanceof GitHubPermissionError ? refused.message : `Could not read ${what} for fix claims: ${why(error2)}`;
}
function why(error2) {
  const text = describeError(error2);
  if (error2 instanceof RequestError && /^\s*</.test(text)) return `GitHub answered HTTP ${error2.status}`;
  return text.length > 300 ? `${text.slice(0, 300)}\u2026` : text;
}
function bounded(text) {
  if (text.length <= MAX_TEXT_CHARACTERS) return text;
  const code = text.charCodeAt(MAX_TEXT_CHARACTERS - 1);
  return text.slice(0, code >= 55296 && code <= 56319 ? MAX_TEXT_CHARACTERS - 1 : MAX_TEXT_CHARACTERS);
}

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error2) => {
        return orig(error2, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object2) {
  if (!object2) {
    return {};
  }
  return Object.keys(object2).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object2[key];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object2, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object2)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object2[key];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/@octokit/request/node_modules/content-type/dist/index.js
var SP = 32;
var HTAB = 9;
var SEMI = 59;
var EQ = 61;
var DQUOTE = 34;
var BSLASH = 92;
var COMMA = 44;
var LOWER_CASE = 1;
var OWS = 2;
var SEMI_FLAG = 4;
var COMMA_FLAG = 8;
var TOKEN_FLAG = 16;
var NON_ASCII = 65280;
var CASE_FLAGS = LOWER_CASE | NON_ASCII;
var CHAR_MAP = new Uint8Array(256);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 128; code <= 255; code++) {
  CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
  CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 48; code <= 57; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 65; code <= 90; code++) {
  CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 97; code <= 122; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
var NullObject = /* @__PURE__ */ (() => {
  const C = function() {
  };
  C.prototype = /* @__PURE__ */ Object.create(null);
  return C;
})();
function parse2(header, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len = header.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code = header.charCodeAt(index);
    const flags = CHAR_MAP[code];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= code & NON_ASCII | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value = header.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index === len || stop !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header, type, index, len, stopFlags);
}
function parseParameters(header, type, index, len, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code = header.charCodeAt(index);
      const flags = CHAR_MAP[code];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code === EQ) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value = header.slice(keyStart, keyEnd);
        const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index++;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code2 = header.charCodeAt(index);
            if (code2 === DQUOTE) {
              if (parameters[key] === void 0) {
                parameters[key] = escaped ? unescapeQuotedPairs(header, quotedStart, index) : header.slice(quotedStart, index);
              }
              index++;
              let stop2 = 0;
              while (index < len) {
                const code3 = header.charCodeAt(index);
                const flags2 = CHAR_MAP[code3];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code2 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code2 = header.charCodeAt(index);
          const flags2 = CHAR_MAP[code2];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters[key] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters[key] = header.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code & NON_ASCII | flags;
      index++;
    }
  }
  return { type, index, parameters };
}
function unescapeQuotedPairs(str, start, end) {
  let result = "";
  for (let index = start; index < end; index++) {
    if (str.charCodeAt(index) === BSLASH) {
      result += str.slice(start, index);
      start = ++index;
    }
  }
  return result + str.slice(start, end);
}

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error2) {
    if (error2 instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error2;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context);
};
var JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver);
    const serializedData = serializeBigInts(text);
    return originalParse(
      serializedData,
      (key, value, context) => convertMarkedBigIntsReviver(key, value, context, reviver)
    );
  } catch (error2) {
    if (error2 instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error2;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION2 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION2} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error2) {
    let message = "Unknown Error";
    if (error2 instanceof Error) {
      if (error2.name === "AbortError") {
        error2.status = 500;
        throw error2;
      }
      message = error2.message;
      if (error2.name === "TypeError" && "cause" in error2) {
        if (error2.cause instanceof Error) {
          message = error2.cause.message;
        } else if (typeof error2.cause === "string") {
          message = error2.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error2;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = parse2(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION3} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION4 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION4} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION4;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION5 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error2) {
          if (error2.status !== 409) throw error2;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION5;

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION6 = "0.0.0-development";
function isRequestError(error2) {
  return error2.request !== void 0;
}
async function errorRequest(state, octokit, error2, options) {
  if (!isRequestError(error2) || !error2?.request.request) {
    throw error2;
  }
  if (error2.status >= 400 && !state.doNotRetry.includes(error2.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error2, retries, retryAfter);
  }
  throw error2;
}
async function wrapRequest(state, octokit, request2, options) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error2, info2) {
    const maxRetries = ~~error2.request.request?.retries;
    const after = ~~error2.request.request?.retryAfter;
    options.request.retryCount = info2.retryCount + 1;
    if (maxRetries > info2.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request2),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request2, options) {
  const response = await request2(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error2 = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error2, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error2, retries, retryAfter) => {
        error2.request.request = Object.assign({}, error2.request.request, {
          retries,
          retryAfter
        });
        return error2;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION6;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION7 = "0.0.0-development";
var noop3 = () => Promise.resolve();
function wrapRequest2(state, request2, options) {
  return state.retryLimiter.schedule(doRequest, state, request2, options);
}
async function doRequest(state, request2, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request2.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop3);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop3);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop3);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request2, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error2) => error2.type === "RATE_LIMITED")) {
      const error2 = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error2;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck2, common) {
  groups.global = new Bottleneck2.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck2.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck2.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck2.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck2.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck2 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck2, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck2();
    const events = {};
    const emitter = new Bottleneck2.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error2, info2) {
      const [state2, request2, options] = info2.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error2.status !== 401;
      if (!(shouldRetryGraphQL || error2.status === 403 || error2.status === 429)) {
        return;
      }
      const retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error2.message)) {
          const retryAfter2 = Number(error2.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error2.response.headers != null && error2.response.headers["x-ratelimit-remaining"] === "0" || (error2.response.data?.errors ?? []).some(
          (error22) => error22.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error2.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request2.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request2, options) => {
    initializeBottleneck();
    return wrapRequest2(state, request2, options);
  });
  return {};
}
throttling.VERSION = VERSION7;
throttling.triggersNotification = triggersNotification;

// src/github/client.ts
var GitHubClient = Octokit.plugin(paginateRest, retry, throttling);
var RATE_LIMIT_RETRIES = 2;
function createGitHub(options) {
  return new GitHubClient({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ""),
    userAgent: "sentry-deploy-verify",
    throttle: {
      onRateLimit: (retryAfter, request2, _octokit, retryCount) => {
        options.log(`GitHub rate limit on ${request2.method} ${request2.url}; retrying in ${retryAfter} s.`);
        return retryCount < RATE_LIMIT_RETRIES;
      },
      onSecondaryRateLimit: (retryAfter, request2, _octokit, retryCount) => {
        options.log(
          `GitHub secondary rate limit on ${request2.method} ${request2.url}; retrying in ${retryAfter} s.`
        );
        return retryCount < RATE_LIMIT_RETRIES;
      }
    },
    // Octokit waits 1 s, then 4 s: a GitHub that is down costs the run seconds, not minutes.
    retry: { retries: 2 }
  });
}

// src/github/event.ts
import { readFileSync } from "node:fs";
var Sha2 = string().regex(/^[0-9a-f]{40}$/i);
var DeploymentPayload = object({ deployment: object({ sha: Sha2 }) });
var WorkflowRunPayload = object({ workflow_run: object({ head_sha: Sha2 }) });
function readGithubRun(env) {
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    } catch {
      payload = {};
    }
  }
  return { eventName: env.GITHUB_EVENT_NAME ?? "", sha: env.GITHUB_SHA || void 0, payload };
}
function deployedCommit(run2) {
  if (run2.eventName === "deployment_status" || run2.eventName === "deployment") {
    const parsed = DeploymentPayload.safeParse(run2.payload);
    if (parsed.success) return parsed.data.deployment.sha;
  }
  if (run2.eventName === "workflow_run") {
    const parsed = WorkflowRunPayload.safeParse(run2.payload);
    if (parsed.success) return parsed.data.workflow_run.head_sha;
  }
  return run2.sha;
}

// src/report/comment.ts
import { createHash as createHash2 } from "node:crypto";

// src/report/chart.ts
var mermaidLabel = (text) => text.replace(/[^A-Za-z0-9 _.:+-]/g, " ").slice(0, 60);
var MAX_LABELS = 9;
var ZERO_WIDTH_SPACE = "\u200B";
var BEFORE_COLOUR = "#8c959f";
var AFTER_COLOUR = "#cf222e";
function renderChart(timeline, deployedAt, environment) {
  if (timeline.buckets.length === 0) return [];
  const deploy = Date.parse(deployedAt);
  const deployIndex = timeline.buckets.findLastIndex((bucket) => Date.parse(bucket.start) <= deploy);
  const every = labelEvery(timeline.buckets.length);
  const labels = timeline.buckets.map((_, index) => {
    const steps = index - deployIndex;
    if (steps === 0) return '"deploy"';
    if (steps % every !== 0) return `"${ZERO_WIDTH_SPACE.repeat(index + 1)}"`;
    return `"${steps < 0 ? "-" : "+"}${formatDuration(Math.abs(steps) * timeline.intervalSeconds * 1e3)}"`;
  });
  const events = timeline.buckets.map((bucket) => bucket.events);
  const before = events.map((count2, index) => index < deployIndex ? count2 : 0);
  const after = events.map((count2, index) => index < deployIndex ? 0 : count2);
  const interval = formatDuration(timeline.intervalSeconds * 1e3);
  const where = environment ? ` in ${mermaidLabel(environment)}` : "";
  const theme = {
    themeVariables: { xyChart: { plotColorPalette: `${AFTER_COLOUR}, ${BEFORE_COLOUR}` } }
  };
  return [
    "```mermaid",
    `%%{init: ${JSON.stringify(theme)}}%%`,
    "xychart-beta",
    `    title "Error events${where} per ${interval}: grey before the deploy, red from it"`,
    `    x-axis [${labels.join(", ")}]`,
    `    y-axis "events" 0 --> ${axisTop(Math.max(...events))}`,
    `    bar [${after.join(", ")}]`,
    `    bar [${before.join(", ")}]`,
    "```"
  ];
}
function labelEvery(buckets) {
  for (let scale = 1; ; scale *= 10)
    for (const step of [1, 2, 5]) if (Math.ceil(buckets / (step * scale)) <= MAX_LABELS) return step * scale;
}
function axisTop(max) {
  if (max <= 10) return 10;
  const unit = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / unit) * unit;
}

// src/report/escape.ts
var CONTROLS = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu;
var ZERO_WIDTH_SPACE2 = "\u200B";
function plainLine(text, max = 200) {
  const flat = text.replace(CONTROLS, " ").replace(/\s+/g, " ").trim();
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}\u2026` : flat;
}
function markdownText(text, max = 200) {
  return plainLine(text, max).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~$]/g, "\\$&").replace(/@/g, `@${ZERO_WIDTH_SPACE2}`).replace(/#/g, `#${ZERO_WIDTH_SPACE2}`).replace(/:\/\//g, `:${ZERO_WIDTH_SPACE2}//`).replace(/www\./gi, (match) => `${match.slice(0, 3)}${ZERO_WIDTH_SPACE2}.`).replace(/\b(gh)-(\d)/gi, `$1-${ZERO_WIDTH_SPACE2}$2`);
}
function codeSpan(text, max = 200) {
  const line = plainLine(text, max).replace(/\\(?=\|)/g, `\\${ZERO_WIDTH_SPACE2}`).replace(/\|/g, "\\|").replace(/<!--/g, `<!${ZERO_WIDTH_SPACE2}--`);
  const longestRun = Math.max(0, ...(line.match(/`+/g) ?? []).map((run2) => run2.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
  return `${fence}${pad}${line}${pad}${fence}`;
}
function safeLink(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  return parsed.href.replace(
    /[()\s<>]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
}

// src/report/format.ts
var VERDICT_ICON = {
  pass: "\u2705",
  fail: "\u274C",
  inconclusive: "\u26A0\uFE0F",
  error: "\u{1F6D1}"
};
var KIND_LABEL = {
  new: "new",
  regressed: "regressed",
  spike: "spike",
  unfixed: "unfixed",
  latency: "latency",
  "failure-rate": "failure rate",
  "crash-rate": "crash rate"
};
var DEPLOY_SOURCE = {
  input: "from deployed-at",
  "deploy-record": "Sentry deploy record",
  "run-start": "no deploy record: start of this run"
};
function deployedLine(report) {
  if (!report.deployedAt || !report.deployedAtSource) return "unknown";
  const rollout = report.rolloutStartedAt && report.rolloutStartedAt < report.deployedAt ? `, rollout from ${utc(report.rolloutStartedAt)}` : "";
  return `${utc(report.deployedAt)} (${DEPLOY_SOURCE[report.deployedAtSource]}${rollout})`;
}
function windowLine(report) {
  if (!report.windowEnd) return report.window;
  const period = `${report.window}, until ${utc(report.windowEnd)}`;
  if (report.mode === "scan") return period;
  return report.settledAt ? `${period}; settled at ${utc(report.settledAt)}` : `${period}; not settled: the verdict so far`;
}
var TRAFFIC_WORDS = {
  errors: ["error event", "error events"],
  transactions: ["transaction", "transactions"],
  sessions: ["session", "sessions"]
};
function trafficLine(report) {
  if (report.mode === "scan" || report.verdict === "error") return null;
  const kinds = Object.keys(TRAFFIC_WORDS);
  if (kinds.every((kind) => report.traffic[kind] === null)) return null;
  return kinds.map((kind) => {
    const sent = report.traffic[kind];
    const [one, many] = TRAFFIC_WORDS[kind];
    return sent === null ? `${many} not known` : count(sent, one, many);
  }).join(", ");
}
function categoryLabel(finding) {
  return finding.subject !== "issue" || finding.category === ERROR_CATEGORY ? null : finding.category;
}
function appeared(report, finding) {
  if (report.mode !== "scan") return afterDeploy(finding);
  if (!finding.firstSeen) return "\u2014";
  return finding.kind === "regressed" ? `came back ${utc(finding.firstSeen)}` : utc(finding.firstSeen);
}
function appearedColumn(report) {
  return report.mode === "scan" ? "First seen (or came back)" : "After deploy";
}
function afterDeploy(finding) {
  const seconds2 = finding.secondsAfterDeploy;
  if (seconds2 === null) return "\u2014";
  return seconds2 < 0 ? `\u2212${formatDuration(-seconds2 * 1e3)} (rollout)` : `+${formatDuration(seconds2 * 1e3)}`;
}
function shortReason(report) {
  const release = report.release;
  return release && shortRelease(release) !== release ? report.reason.split(release).join(shortRelease(release)) : report.reason;
}
function reportNotes(report) {
  return [
    ...[
      spikeInsufficientNote(report.spikeTest, report.window),
      performanceInsufficientNote(report.performance)
    ].filter((note) => note !== null),
    ...report.notes
  ];
}
function evaluatedLine(report) {
  const at = `evaluated ${utc(report.evaluatedAt)}`;
  return report.mode === "scan" ? at : `${at} after ${count(report.polls, "poll")}`;
}
function verdictHeadline(report) {
  return `${report.verdict.toUpperCase()}: ${report.reason}`;
}
function verdictHeading(report) {
  const verdict = report.verdict.toUpperCase();
  const where = report.environment ? ` in ${report.environment}` : "";
  if (report.mode === "scan") return `${verdict}: scan${where}, last ${report.window}`;
  if (!report.release) return verdict;
  return `${verdict}: release ${shortRelease(report.release)}${where}`;
}
function shortRelease(release) {
  return /^[0-9a-f]{40}$/i.test(release) ? release.slice(0, 7) : release;
}
function omittedLine(report) {
  return report.omitted > 0 ? `\u2026 and ${report.omitted} more (the JSON report lists all ${report.findings.length})` : null;
}
var FIX_ICON = {
  confirmed: "\u2705",
  unfixed: "\u274C",
  unverified: "\u26A0\uFE0F"
};
function spikeLine(spike) {
  const ratio = spike.ratio === null ? "none before" : `\xD7${rounded(spike.ratio)}`;
  return `${rounded(spike.beforePerHour)}/h \u2192 ${rounded(spike.afterPerHour)}/h (${ratio}, p ${pValue(spike.pValue)})`;
}
function evidenceLines(finding) {
  return [
    ...finding.spike ? [spikeLine(finding.spike)] : [],
    ...finding.latency ? [latencyLine(finding.latency)] : [],
    ...finding.rate ? [rateLine(finding.rate, finding.kind === "crash-rate" ? "crashed" : "failed")] : []
  ];
}
function latencyLine(latency) {
  return `p95 ${p95Change(latency)}; ${slowerCount(latency)} (${pNote(latency.pValue)})`;
}
function rateLine(rate, what) {
  const ratio = rate.ratio === null ? "" : `\xD7${rounded(rate.ratio)}, `;
  return `${what} ${rateChange(rate)} (${ratio}${pNote(rate.pValue)})`;
}
function transactionCells(latency, failureRate) {
  return [
    { text: latency ? p95Change(latency) : "\u2014", mark: null },
    latency ? testedCell(slowerCount(latency), latency) : { text: "\u2014", mark: null },
    failureRate ? testedCell(rateChange(failureRate), failureRate) : { text: "\u2014", mark: null }
  ];
}
var PERFORMANCE_COLUMNS = [
  "Transaction",
  "p95 before \u2192 after",
  "Slower than the threshold",
  "Failed before \u2192 after"
];
function crashRowLabel(crash, show) {
  return crash.previousRelease ? `crash rate vs previous release ${show(crash.previousRelease)}` : "crash rate (no earlier release had sessions)";
}
function crashFreeCell(crash) {
  const share = (value) => value === null ? "\u2014" : percent(value);
  return testedCell(`crash-free ${share(crash.crashFreeBefore)} \u2192 ${share(crash.crashFreeAfter)}`, crash);
}
function performanceHeadline(summary2) {
  const checks = [...summary2.transactions.flatMap((t) => [t.latency, t.failureRate]), summary2.crashRate];
  const findings = checks.filter((check2) => check2?.finding).length;
  const transactions = summary2.transactions.length + summary2.transactionsOmitted;
  const looked = [
    ...transactions > 0 ? [count(transactions, "transaction")] : [],
    ...summary2.crashRate ? ["the crash rate"] : []
  ].join(" and ");
  return `Performance: ${looked}; ${count(findings, "finding")}, ${summary2.insufficientSample} with an insufficient sample`;
}
function performanceTestLine(summary2) {
  return `Family-wise \u03B1 ${summary2.alpha} over ${count(summary2.tested, "latency, failure-rate and crash-rate test")}: a latency finding is a p95 significantly more than ${percent(summary2.latencyMaxIncrease)} above the p95 in the ${summary2.baseline} before the deploy, a failure-rate or crash-rate finding a share significantly above ${summary2.minRatio}\xD7 the one before.`;
}
function performanceInsufficientNote(summary2) {
  const n = summary2?.insufficientSample ?? 0;
  if (n === 0) return null;
  return `Insufficient sample, not clean: ${count(n, "performance check")} had too few samples for a finding to be likely.`;
}
function testedCell(text, check2) {
  return {
    text: `${text} (${testNote(check2)})`,
    mark: check2.finding ? "finding" : check2.insufficient ? "insufficient" : null
  };
}
function testNote(check2) {
  const p = pNote(check2.pValue);
  if (check2.finding) return `${p}, finding`;
  return check2.insufficient ? `${p}, insufficient sample` : p;
}
function pNote(value) {
  return value === null ? "not tested" : `p ${pValue(value)}`;
}
function p95Change(latency) {
  return `${milliseconds(latency.baselineP95Ms)} \u2192 ${latency.p95Ms === null ? "no samples" : milliseconds(latency.p95Ms)}`;
}
function slowerCount(latency) {
  return `${thousands(latency.slower)} of ${thousands(latency.samples)} over ${milliseconds(latency.thresholdMs)}`;
}
function rateChange(rate) {
  const share = (part, total) => total > 0 ? percent(part / total) : "\u2014";
  return `${share(rate.before, rate.beforeTotal)} \u2192 ${share(rate.after, rate.afterTotal)}`;
}
function spikeTestLine(summary2) {
  if (!summary2) return null;
  const one = summary2.candidates === 1;
  const tested = `Spike test: ${count(summary2.candidates, "existing issue")} with at least ${count(summary2.minEvents, "event")} since the rollout began ${one ? "was" : "were"} tested against a rate over ${summary2.minRatio}\xD7 ${one ? "its" : "their"} last ${summary2.baseline}, at a family-wise \u03B1 of ${summary2.alpha} over the ${count(summary2.tested, "issue")} whose counts could reach significance`;
  const untested = summary2.untested.length > 0 ? `; not tested, their baseline could not be counted: ${summary2.untested.join(", ")}` : "";
  return `${tested}${untested}.`;
}
function spikeInsufficientNote(summary2, window2) {
  if (!summary2 || summary2.insufficientSample === 0) return null;
  const n = summary2.insufficientSample;
  const more = n - summary2.insufficientExamples.length;
  const examples = `${summary2.insufficientExamples.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
  return `Insufficient sample, not clean: ${count(n, "issue")} (among those and the busiest others) had too few events for a ${SPIKE_JUMP}\xD7 jump to show within ${window2}: ${examples}.`;
}
function rounded(value) {
  if (value === 0) return "0";
  if (value >= 100) return String(Math.round(value));
  return String(Number(value.toPrecision(2)));
}
function pValue(value) {
  if (value < 1e-12) return "< 1e-12";
  return `= ${value < 1e-3 ? value.toExponential(1) : String(Number(value.toPrecision(2)))}`;
}

// src/report/markdown.ts
function renderMarkdown(report, extras = {}) {
  const lines = [
    `### ${VERDICT_ICON[report.verdict]} ${markdownText(verdictHeading(report), 90)}`,
    "",
    markdownText(sentence(shortReason(report)), 600),
    ""
  ];
  const environment = report.environment ? markdownText(report.environment) : "all";
  lines.push(
    ...report.mode === "scan" ? [
      "| Environment | Period | Projects |",
      "| --- | --- | --- |",
      `| ${environment} | ${windowLine(report)} | ${report.projects.map((p) => markdownText(p)).join(", ")} |`
    ] : [
      "| Release | Environment | Deployed | Window |",
      "| --- | --- | --- | --- |",
      `| ${report.release ? codeSpan(report.release) : "\u2014"} | ${environment} | ${deployedLine(report)} | ${windowLine(report)} |`
    ],
    ""
  );
  const traffic = trafficLine(report);
  if (traffic) lines.push(`Traffic of this release since the rollout began: ${traffic}.`, "");
  if (report.findings.length > 0) {
    const listed = report.findings.slice(0, report.listed);
    const subject = listed.some((finding) => finding.subject !== "issue") ? "Issue / transaction" : "Issue";
    lines.push(
      `| Kind | ${subject} | Title | Events | Users | ${appearedColumn(report)} | Where |`,
      "| --- | --- | --- | ---: | ---: | ---: | --- |",
      ...listed.map((finding) => findingRow(report, finding, extras.codeLinks?.get(finding.id))),
      ""
    );
    const omitted = omittedLine(report);
    if (omitted) lines.push(omitted, "");
  }
  if (report.fixes.length > 0) {
    lines.push(
      "**Claimed fixes**",
      "",
      "| Issue | Status | Events of the release | Evidence | Claimed in |",
      "| --- | --- | ---: | --- | --- |",
      ...report.fixes.map((fix) => {
        const link = fix.permalink ? safeLink(fix.permalink) : null;
        const id = shortIdText(fix.shortId);
        const title = fix.title ? ` ${markdownText(fix.title, 80)}` : "";
        return `| ${link ? `[${id}](${link})` : id}${title} | ${FIX_ICON[fix.status]} ${fix.status} | ${fix.events} | ${markdownText(fix.detail, 300)} | ${fix.claimedIn.map((where) => claimPlace(where, extras.repositoryUrl)).join(", ")} |`;
      }),
      ""
    );
  }
  if (report.performance) lines.push(...performanceSection(report.performance));
  const spikeTest = spikeTestLine(report.spikeTest);
  if (spikeTest) lines.push(`<sub>${markdownText(spikeTest, 1500)}</sub>`, "");
  if (report.timeline && report.deployedAt) {
    const chart = renderChart(report.timeline, report.deployedAt, report.environment);
    if (chart.length > 0) lines.push(...chart, "");
  }
  const notes = reportNotes(report);
  if (notes.length > 0)
    lines.push("**Notes**", "", ...notes.map((note) => `- ${markdownText(note, 500)}`), "");
  if (extras.posted) {
    const link = extras.posted.url ? safeLink(extras.posted.url) : null;
    const text = withCode(link ? extras.posted.text : sentence(extras.posted.text), extras.repositoryUrl);
    lines.push(`> ${text}${link ? `: ${link}` : ""}`, "");
  }
  lines.push(
    `<sub>sentry-deploy-verify \xB7 ${markdownText(report.org)} / ${report.projects.map((p) => markdownText(p)).join(", ")} \xB7 ${evaluatedLine(report)}</sub>`,
    ""
  );
  return lines.join("\n");
}
function sentence(text) {
  const trimmed = text.trimEnd().replace(/\.{2,}$/, ".");
  return /[.?!:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
function withCode(text, repositoryUrl) {
  return plainLine(text, 500).split(/`([^`]+)`|(pull request #\d+)/).map((part, index) => {
    if (part === void 0 || part === "") return "";
    if (index % 3 === 1) return codeSpan(part, 100);
    if (index % 3 === 2) return claimPlace(part, repositoryUrl);
    const before = /^\s/.test(part) ? " " : "";
    const after = /\s$/.test(part) && part.trim() !== "" ? " " : "";
    return `${before}${markdownText(part, 500)}${after}`;
  }).join("");
}
var WORD_JOINER = "\u2060";
function shortIdText(shortId) {
  return markdownText(shortId, 40).replace(/-/g, `-${WORD_JOINER}`);
}
function claimPlace(where, repositoryUrl) {
  const pull = /^pull request #(\d+)$/.exec(where);
  const commit = /^commit ([0-9a-f]{7,40})$/.exec(where);
  const base = repositoryUrl ? safeLink(repositoryUrl)?.replace(/\/+$/, "") : null;
  const text = pull ? `pull\xA0request\xA0#${pull[1]}` : `commit\xA0${commit?.[1]}`;
  if (pull) return base ? `[${text}](${base}/pull/${pull[1]})` : `pull request #${pull[1]}`;
  if (commit && base) return `[${text}](${base}/commit/${commit[1]})`;
  return markdownText(where, 60);
}
function findingRow(report, finding, code) {
  const link = safeLink(finding.permalink);
  const id = finding.subject === "issue" ? shortIdText(finding.shortId) : codeSpan(finding.shortId, 80);
  const issue2 = link ? `[${id}](${link})` : id;
  const line = finding.location?.line === null || !finding.location ? "" : `:${finding.location.line}`;
  const where = code ? `[${markdownText(code.path, 120)}${line}](${safeLink(code.url) ?? ""})${code.changedInPullRequest ? " \u270F\uFE0F changed in this pull request" : ""}` : finding.location ? `${markdownText(finding.location.file, 120)}${line}` : finding.culprit ? markdownText(finding.culprit, 120) : "\u2014";
  const category = categoryLabel(finding);
  const notes = [...category ? [`${markdownText(category, 40)} issue`] : [], ...evidenceLines(finding)];
  const kind = [KIND_LABEL[finding.kind], ...notes.map((note) => `<sub>${note}</sub>`)].join("<br>");
  const users = finding.subject === "issue" ? finding.users : "\u2014";
  return `| ${kind} | ${issue2} | ${markdownText(finding.title, 120)} | ${finding.events} | ${users} | ${appeared(report, finding)} | ${where} |`;
}
function performanceSection(summary2) {
  const rows = [
    ...summary2.transactions.map(transactionRow),
    ...summary2.crashRate ? [crashRow(summary2.crashRate)] : []
  ];
  const lines = [];
  if (rows.length > 0) {
    lines.push(
      `<details><summary>${performanceHeadline(summary2)}</summary>`,
      "",
      `| ${PERFORMANCE_COLUMNS.join(" | ")} |`,
      "| --- | ---: | ---: | ---: |",
      ...rows,
      ""
    );
    if (summary2.transactionsOmitted > 0)
      lines.push(`\u2026 and ${summary2.transactionsOmitted} more transactions`, "");
    lines.push(`<sub>${markdownText(performanceTestLine(summary2), 1e3)}</sub>`, "", "</details>", "");
  }
  for (const reason of summary2.unavailable) lines.push(`\u26A0\uFE0F ${markdownText(reason, 300)}`, "");
  return lines;
}
function transactionRow(check2) {
  const link = check2.permalink ? safeLink(check2.permalink) : null;
  const name = codeSpan(check2.transaction, 80);
  const cells = transactionCells(check2.latency, check2.failureRate).map(markedCell);
  return `| ${link ? `[${name}](${link})` : name} | ${cells.join(" | ")} |`;
}
function crashRow(crash) {
  const link = crash.permalink ? safeLink(crash.permalink) : null;
  const label = crashRowLabel(crash, (version) => codeSpan(version, 60));
  return `| ${link ? `[${label}](${link})` : label} | \u2014 | \u2014 | ${markedCell(crashFreeCell(crash))} |`;
}
function markedCell(cell) {
  if (cell.mark === "finding") return `\u274C **${cell.text}**`;
  return cell.mark === "insufficient" ? `\u26A0\uFE0F ${cell.text}` : cell.text;
}

// src/report/comment.ts
var GITHUB_BODY_LIMIT = 65536;
function commentMarker(gate, kind = "gate") {
  const identity2 = JSON.stringify([gate.org, [...gate.projects].sort(), gate.environment]);
  return `<!-- sentry-deploy-verify ${kind}:${createHash2("sha256").update(identity2).digest("hex").slice(0, 16)} -->`;
}
function renderComment(report, extras, context) {
  const run2 = context.runUrl ? ` by [this run](${context.runUrl})` : "";
  const footer = `<sub>Updated ${utc(context.updatedAt.toISOString())}${run2}; every run of this check edits this ${context.document ?? "comment"}.</sub>`;
  for (let listed = report.listed; ; listed = Math.floor(listed / 2)) {
    const shown4 = { ...report, listed, omitted: report.findings.length - listed };
    const body = `${context.marker}
${renderMarkdown(shown4, extras)}
${footer}
`;
    if (body.length <= GITHUB_BODY_LIMIT || listed === 0) return body;
  }
}
function trackingIssueTitle(report) {
  const where = report.environment ? ` of ${report.environment.replace(/\s+/g, " ").slice(0, 64)}` : "";
  const counts = [
    report.counts.new > 0 ? `${report.counts.new} new` : "",
    report.counts.regressed > 0 ? `${report.counts.regressed} regressed` : ""
  ].filter(Boolean);
  return `Sentry scan${where}: ${counts.length > 0 ? counts.join(", ") : "nothing new or regressed"} (${report.evaluatedAt.slice(0, 10)})`;
}

// src/github/repo-path.ts
var SCHEME = /^[a-z][a-z0-9+.-]*:\/{2,3}/i;
function segments(file) {
  const path = file.replace(/\\/g, "/").replace(SCHEME, "").split(/[?#]/)[0] ?? "";
  return path.split("/").filter((part) => part !== "" && part !== "." && part !== "~");
}
function repoPathOf(frameFile, repoPaths) {
  const frame = segments(frameFile);
  if (frame.length === 0) return null;
  let best = null;
  let bestLength = 0;
  let tied = false;
  for (const path of repoPaths) {
    const repo = path.split("/");
    let common = 0;
    while (common < frame.length && common < repo.length && frame[frame.length - 1 - common] === repo[repo.length - 1 - common]) {
      common += 1;
    }
    if (common === 0) continue;
    if (common > bestLength) {
      best = path;
      bestLength = common;
      tied = false;
    } else if (common === bestLength) {
      tied = true;
    }
  }
  return tied ? null : best;
}

// src/github/repository.ts
function repositoryFrom(env) {
  const [owner, name, ...rest] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !name || rest.length > 0) return null;
  return { owner, name, serverUrl: (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "") };
}
function blobUrl(repository, sha, path, line) {
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  return `${repository.serverUrl}/${repository.owner}/${repository.name}/blob/${sha}/${encoded}${line === null ? "" : `#L${line}`}`;
}
function runUrl(repository, env) {
  return env.GITHUB_RUN_ID ? `${repository.serverUrl}/${repository.owner}/${repository.name}/actions/runs/${encodeURIComponent(env.GITHUB_RUN_ID)}` : null;
}

// src/github/code-links.ts
var Tree = object({
  tree: array(object({ path: string(), type: string() })),
  truncated: boolean()
});
var ChangedFile = object({ filename: string(), previous_filename: string().optional() });
async function codeLinks(github, repository, commit, pullRequest, findings) {
  const located = findings.filter((finding) => finding.location);
  const links = /* @__PURE__ */ new Map();
  if (located.length === 0) return links;
  const where = { owner: repository.owner, repo: repository.name };
  const tree = Tree.parse(
    (await github.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
      ...where,
      tree_sha: commit,
      recursive: "1"
    })).data
  );
  const files = tree.tree.filter((entry) => entry.type === "blob").map((entry) => entry.path);
  const changed = /* @__PURE__ */ new Set();
  if (pullRequest !== null) {
    const pages3 = github.paginate.iterator("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
      ...where,
      pull_number: pullRequest,
      per_page: 100
    });
    for await (const page of pages3)
      for (const file of array(ChangedFile).parse(page.data)) changed.add(file.filename);
  }
  for (const finding of located) {
    const location = finding.location;
    const path = location ? repoPathOf(location.file, files) : null;
    if (!location || !path) continue;
    links.set(finding.id, {
      path,
      url: blobUrl(repository, commit, path, location.line),
      changedInPullRequest: changed.has(path)
    });
  }
  return links;
}

// src/github/identity.ts
var User = object({ login: string() });
async function identity(github) {
  try {
    const { login } = User.parse((await github.request("GET /user")).data);
    return (user) => user.login === login;
  } catch (error2) {
    if (error2 instanceof RequestError && (error2.status === 401 || error2.status === 403))
      return (user) => user.type === "Bot";
    throw error2;
  }
}

// src/github/sticky-comment.ts
var Comment = object({
  id: number(),
  body: string().nullish(),
  html_url: string(),
  user: object({ login: string(), type: string() }).nullable()
});
async function upsertComment(github, repository, issueNumber, comment) {
  const where = { owner: repository.owner, repo: repository.name };
  try {
    const isUs = await identity(github);
    let ours;
    const pages3 = github.paginate.iterator("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...where,
      issue_number: issueNumber,
      per_page: 100
    });
    for await (const page of pages3) {
      ours = array(Comment).parse(page.data).find((c) => c.user !== null && isUs(c.user) && (c.body ?? "").includes(comment.marker));
      if (ours) break;
    }
    if (ours) {
      const updated = await github.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
        ...where,
        comment_id: ours.id,
        body: comment.body
      });
      return { action: "updated", url: Comment.parse(updated.data).html_url };
    }
    if (!comment.create)
      return { action: "skipped", why: "no findings, and no earlier comment of ours to update" };
    const created = await github.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...where,
      issue_number: issueNumber,
      body: comment.body
    });
    return { action: "created", url: Comment.parse(created.data).html_url };
  } catch (error2) {
    throw permissionError(
      error2,
      "pull-requests: write",
      `comment on pull request #${issueNumber}`,
      "issues: write"
    );
  }
}

// src/github/pr-comment.ts
function notPosted(why2, extras, warnings) {
  return {
    extras: { ...extras, posted: { text: `No pull request comment: ${why2.replace(/\.+$/, "")}.` } },
    commentUrl: null,
    warnings
  };
}
async function reportOnPullRequest(report, config, context) {
  const lookup = context.pullRequest;
  const warnings = [];
  let links = /* @__PURE__ */ new Map();
  if (context.deployedCommit) {
    try {
      const listed = report.findings.slice(0, report.listed);
      links = await codeLinks(
        context.github,
        context.repository,
        context.deployedCommit,
        lookup.number,
        listed
      );
    } catch (error2) {
      warnings.push(`Could not link findings to the repository's files: ${describeError(error2)}`);
    }
  }
  const { serverUrl, owner, name } = context.repository;
  const extras = { codeLinks: links, repositoryUrl: `${serverUrl}/${owner}/${name}` };
  if (lookup.number === null) return notPosted(lookup.why, extras, warnings);
  const marker = commentMarker(config);
  const body = renderComment(report, extras, {
    marker,
    updatedAt: context.now(),
    runUrl: runUrl(context.repository, context.env)
  });
  try {
    const outcome = await upsertComment(context.github, context.repository, lookup.number, {
      marker,
      body: context.redact(body),
      create: config.comment === "always" || report.findings.length > 0
    });
    if (outcome.action === "skipped") return notPosted(outcome.why, extras, warnings);
    return {
      extras: { ...extras, posted: { text: `Pull request comment ${outcome.action}`, url: outcome.url } },
      commentUrl: outcome.url,
      warnings
    };
  } catch (error2) {
    const message = error2 instanceof GitHubPermissionError ? error2.message : `Could not comment on pull request #${lookup.number}: ${describeError(error2)}`;
    return {
      extras: { ...extras, posted: { text: `No pull request comment: ${message.replace(/\.+$/, "")}.` } },
      commentUrl: null,
      warnings: [...warnings, message]
    };
  }
}

// src/github/pull-request.ts
var PullRequestEvent = object({ pull_request: object({ number: number().int().positive() }) });
var WorkflowRunEvent = object({
  workflow_run: object({ pull_requests: array(object({ number: number().int().positive() })) })
});
var AssociatedPulls = array(
  object({
    number: number().int().positive(),
    state: string(),
    merge_commit_sha: string().nullable().optional(),
    merged_at: string().nullable().optional(),
    head: object({ sha: string() })
  })
);
async function findPullRequest(github, repository, run2, deployedCommit2, prNumber) {
  if (prNumber !== null) return { number: prNumber, how: "from the pr-number input" };
  if (run2.eventName === "pull_request" || run2.eventName === "pull_request_target") {
    const event = PullRequestEvent.safeParse(run2.payload);
    if (event.success)
      return { number: event.data.pull_request.number, how: `from the ${run2.eventName} event` };
  }
  if (run2.eventName === "workflow_run") {
    const first = WorkflowRunEvent.safeParse(run2.payload).data?.workflow_run.pull_requests[0];
    if (first) return { number: first.number, how: "from the workflow_run event" };
  }
  if (!deployedCommit2) return { number: null, why: "the deployed commit is not known; set pr-number" };
  let pulls;
  try {
    const response = await github.request("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", {
      owner: repository.owner,
      repo: repository.name,
      commit_sha: deployedCommit2,
      per_page: 100
    });
    pulls = AssociatedPulls.parse(response.data);
  } catch (error2) {
    const refused = permissionError(
      error2,
      "pull-requests: read",
      `say which pull request has commit ${deployedCommit2.slice(0, 7)}`
    );
    return {
      number: null,
      why: refused instanceof GitHubPermissionError ? refused.message : `GitHub did not say which pull request has commit ${deployedCommit2.slice(0, 7)}: ${describeError(error2)}`,
      failed: true
    };
  }
  const chosen = pulls.find((pull) => pull.merge_commit_sha === deployedCommit2 && pull.merged_at) ?? pulls.find((pull) => pull.merged_at) ?? pulls.find((pull) => pull.head.sha === deployedCommit2) ?? pulls[0];
  return chosen ? { number: chosen.number, how: `as the pull request of commit ${deployedCommit2.slice(0, 7)}` } : { number: null, why: `no pull request contains commit ${deployedCommit2.slice(0, 7)}` };
}

// src/github/tracking-issue.ts
var TRACKING_LABEL = "sentry-deploy-verify";
var Issue = object({
  number: number(),
  html_url: string(),
  state: string(),
  body: string().nullish(),
  user: object({ login: string(), type: string() }).nullable(),
  pull_request: unknown().optional()
});
async function upsertTrackingIssue(github, repository, issue2) {
  const where = { owner: repository.owner, repo: repository.name };
  try {
    const isUs = await identity(github);
    const ours = (candidate) => candidate.pull_request === void 0 && candidate.user !== null && isUs(candidate.user) && (candidate.body ?? "").includes(issue2.marker);
    const found = await findIssue(github, { ...where, state: "all", labels: TRACKING_LABEL }, ours) ?? await findIssue(github, { ...where, state: "all" }, ours);
    if (found) {
      const reopen = issue2.reopen && found.state === "closed";
      const updated = await github.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        ...where,
        issue_number: found.number,
        title: issue2.title,
        body: issue2.body,
        ...reopen ? { state: "open" } : {}
      });
      return { action: reopen ? "reopened" : "updated", url: Issue.parse(updated.data).html_url };
    }
    const created = await github.request("POST /repos/{owner}/{repo}/issues", {
      ...where,
      title: issue2.title,
      body: issue2.body,
      labels: [TRACKING_LABEL]
    });
    return { action: "created", url: Issue.parse(created.data).html_url };
  } catch (error2) {
    throw permissionError(error2, "issues: write", "write the tracking issue");
  }
}
async function findIssue(github, query, ours) {
  for await (const page of github.paginate.iterator("GET /repos/{owner}/{repo}/issues", {
    ...query,
    per_page: 100
  })) {
    const found = array(Issue).parse(page.data).find(ours);
    if (found) return found;
  }
  return void 0;
}

// src/github/scan-issue.ts
async function reportOnTrackingIssue(report, config, context) {
  const marker = commentMarker(config, "scan");
  const body = renderComment(
    report,
    {},
    {
      marker,
      updatedAt: context.now(),
      runUrl: runUrl(context.repository, context.env),
      document: "issue"
    }
  );
  try {
    const outcome = await upsertTrackingIssue(context.github, context.repository, {
      marker,
      title: context.redact(trackingIssueTitle(report)),
      body: context.redact(body),
      reopen: report.verdict === "fail"
    });
    return {
      extras: { posted: { text: `Tracking issue ${outcome.action}`, url: outcome.url } },
      commentUrl: outcome.url,
      warnings: []
    };
  } catch (error2) {
    const message = error2 instanceof GitHubPermissionError ? error2.message : `Could not write the tracking issue: ${describeError(error2)}`;
    return { extras: {}, commentUrl: null, warnings: [message] };
  }
}

// src/report/findings-output.ts
var FINDINGS_OUTPUT_MAX_UNITS = 25e4;
var FINDING_STRING_MAX_UNITS = 2e3;
function findingsOutput(findings, maxUnits = FINDINGS_OUTPUT_MAX_UNITS, maxStringUnits = FINDING_STRING_MAX_UNITS) {
  const parts = [];
  let units = 2;
  let shortened = 0;
  for (const finding of findings) {
    let cut = false;
    const part = JSON.stringify(finding, (_key, value) => {
      if (typeof value !== "string" || value.length <= maxStringUnits) return value;
      cut = true;
      return shorten(value, maxStringUnits);
    });
    if (units + part.length + 1 > maxUnits) break;
    parts.push(part);
    units += part.length + 1;
    if (cut) shortened += 1;
  }
  return { json: `[${parts.join(",")}]`, included: parts.length, shortened };
}
function shorten(text, max) {
  const marker = `\u2026 (${text.length.toLocaleString("en-US")} characters)`;
  let end = Math.max(0, max - marker.length);
  const last = text.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end -= 1;
  return `${text.slice(0, end)}${marker}`;
}

// src/report/text.ts
var KIND_WIDTH = Math.max(...Object.values(KIND_LABEL).map((label) => label.length));
var DETAIL = " ".repeat(KIND_WIDTH + 3);
function renderText(report) {
  const lines = [
    plainLine(verdictHeadline(report), 400),
    ...report.mode === "scan" ? [`  environment: ${plainLine(report.environment ?? "all")}`, `  period:      ${windowLine(report)}`] : [
      `  release:     ${plainLine(report.release ?? "\u2014")}`,
      `  environment: ${plainLine(report.environment ?? "all")}`,
      `  deployed:    ${deployedLine(report)}`,
      `  window:      ${windowLine(report)}`
    ]
  ];
  const traffic = trafficLine(report);
  if (traffic) lines.push(`  traffic:     since the rollout began, ${traffic}`);
  if (report.findings.length > 0) lines.push("", `Findings (${report.findings.length}):`);
  for (const finding of report.findings.slice(0, report.listed)) {
    const where = finding.location ? `${plainLine(finding.location.file, 120)}${finding.location.line === null ? "" : `:${finding.location.line}`}` : plainLine(finding.culprit ?? "", 120);
    const category = categoryLabel(finding);
    const issue2 = finding.subject === "issue";
    lines.push(
      `  ${KIND_LABEL[finding.kind].padEnd(KIND_WIDTH)} ${plainLine(finding.shortId, issue2 ? 40 : 80)}  ${plainLine(finding.title, 100)}${category ? ` (${plainLine(category, 40)} issue)` : ""}`,
      ...issue2 ? [
        `${DETAIL}${count(finding.events, "event")}, ${count(finding.users, "user")}${firstSeen(report, finding)}${where ? ` at ${where}` : ""}`
      ] : [],
      ...evidenceLines(finding).map((line) => `${DETAIL}${line}`),
      ...finding.permalink ? [`${DETAIL}${plainLine(finding.permalink, 200)}`] : []
    );
  }
  const omitted = omittedLine(report);
  if (omitted) lines.push(`  ${omitted}`);
  if (report.fixes.length > 0) lines.push("", `Claimed fixes (${report.fixes.length}):`);
  for (const fix of report.fixes) {
    lines.push(
      `  ${fix.status.padEnd(10)} ${plainLine(fix.shortId, 40)}  ${plainLine(fix.title ?? "", 100)}`,
      `             ${plainLine(fix.detail, 300)} Claimed in ${plainLine(fix.claimedIn.join(", "), 200)}.`
    );
  }
  if (report.performance) lines.push(...performanceSection2(report.performance));
  const spikeTest = spikeTestLine(report.spikeTest);
  if (spikeTest) lines.push("", plainLine(spikeTest, 1500));
  const notes = reportNotes(report);
  if (notes.length > 0) lines.push("");
  for (const note of notes) lines.push(`Note: ${plainLine(note, 500)}`);
  return `${lines.join("\n")}
`;
}
function performanceSection2(summary2) {
  const crash = summary2.crashRate;
  const rows = [
    ...summary2.transactions.map((check2) => [
      plainLine(check2.transaction, 60),
      ...transactionCells(check2.latency, check2.failureRate).map((cell) => cell.text)
    ]),
    ...crash ? [[crashRowLabel(crash, (version) => plainLine(version, 60)), "\u2014", "\u2014", crashFreeCell(crash).text]] : []
  ];
  const table = rows.length === 0 ? [] : [
    `${performanceHeadline(summary2)}:`,
    ...columns([PERFORMANCE_COLUMNS, ...rows]),
    ...summary2.transactionsOmitted > 0 ? [`  \u2026 and ${summary2.transactionsOmitted} more transactions`] : [],
    `  ${performanceTestLine(summary2)}`
  ];
  const unavailable = summary2.unavailable.map((reason) => plainLine(reason, 300));
  return table.length + unavailable.length > 0 ? ["", ...table, ...unavailable] : [];
}
function columns(rows) {
  const width = (cell) => [...cell].length;
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => width(row[column] ?? "")))) ?? [];
  return rows.map(
    (row) => `  ${row.map((cell, column) => `${cell}${" ".repeat((widths[column] ?? 0) - width(cell))}`).join("  ")}`.trimEnd()
  );
}
function firstSeen(report, finding) {
  if (report.mode === "scan") {
    const when = appeared(report, finding);
    return when.startsWith("came back") ? `, ${when}` : `, first seen ${when}`;
  }
  const seconds2 = finding.secondsAfterDeploy;
  if (seconds2 === null) return "";
  return seconds2 < 0 ? `, first ${formatDuration(-seconds2 * 1e3)} before the deploy finished, during its rollout` : `, first ${afterDeploy(finding)} after deploy`;
}

// src/main.ts
function readInputs(env) {
  const raw = {};
  for (const spec of INPUTS) {
    const given = getInput(spec.name);
    raw[spec.name] = given || "env" in spec && env[spec.env] || void 0;
  }
  return raw;
}
async function run(env = process.env) {
  try {
    await verifyDeploy(env);
  } catch (error2) {
    setFailed(
      `sentry-deploy-verify stopped unexpectedly: ${error2 instanceof Error ? error2.message : String(error2)}`
    );
  }
}
async function verifyDeploy(env) {
  const raw = readInputs(env);
  const secrets = [raw["auth-token"], raw["github-token"]].map((s) => s?.trim()).filter((s) => !!s);
  for (const secret of secrets) setSecret(secret);
  const redactor = createRedactor(secrets);
  const githubRun = readGithubRun(env);
  const commit = deployedCommit(githubRun);
  const parsed = parseConfig(raw, { deployedCommit: commit, now: Date.now() });
  if (!parsed.ok) {
    const reason = describeProblems(parsed.problems, (input) => `input "${input}"`);
    return finish(errorReport(null, reason, /* @__PURE__ */ new Date()), null, parsed.onError, NOT_POSTED, env, redactor);
  }
  const config = parsed.config;
  const notYet = unsupported(config, (input) => `input "${input}"`);
  if (notYet)
    return finish(errorReport(config, notYet, /* @__PURE__ */ new Date()), config, config.onError, NOT_POSTED, env, redactor);
  const access2 = gitHubAccess(config, env);
  const context = { env, commit, redactor };
  const pullRequest = config.mode === "verify" && typeof access2 !== "string" && (config.comment !== "never" || config.fixes === "auto") ? findPullRequest(access2.github, access2.repository, githubRun, commit, config.prNumber) : null;
  const claims = config.fixes === "auto" && pullRequest && typeof access2 !== "string" ? pullRequest.then(async (lookup) => {
    if (!(lookup.number === null && lookup.failed))
      return readClaimTexts(access2.github, access2.repository, githubRun, commit, lookup.number);
    const read = await readClaimTexts(access2.github, access2.repository, githubRun, void 0, null);
    return config.comment === "never" ? {
      ...read,
      warnings: [`Fix claims in the pull request were not read: ${lookup.why}`, ...read.warnings]
    } : read;
  }) : void 0;
  const checked = await check(
    config,
    claims?.then((read) => read.texts)
  );
  const report = { ...checked, reason: redactor.text(checked.reason) };
  for (const warning2 of (await claims)?.warnings ?? []) warning(redactor.text(warning2));
  const posting = await post(report, config, access2, pullRequest, context);
  return finish(report, config, config.onError, posting, env, redactor);
}
function finish(report, config, onError, posting, env, redactor) {
  for (const warning2 of posting.warnings) warning(redactor.text(warning2));
  deliver(report, env, redactor, posting);
  if (report.verdict === "error" && onError === "warn")
    warning(`Sentry could not be asked: ${report.reason}`);
  else if (failsJob(report.verdict, { failOnInconclusive: config?.failOnInconclusive ?? false, onError }))
    setFailed(verdictHeadline(report));
}
function check(config, fixClaimTexts) {
  return runCheck(config, {
    ...fixClaimTexts ? { fixClaimTexts } : {},
    onDeployTime: (deploy, watch) => info(
      `Release ${config.release}: deployed ${deploy.at.toISOString()} (${deploy.source})${deploy.rolloutStart < deploy.at ? `, its rollout from ${deploy.rolloutStart.toISOString()}` : ""}; watching until ${watch.windowEnd.toISOString()}, the last poll at ${watch.settledAt.toISOString()}.`
    ),
    onProgress: (progress) => info(
      progress.error ? `Poll failed, will try again: ${progress.error}` : `Poll ${progress.poll} up to ${progress.evaluatedAt.toISOString()}: ${progress.counts.new} new, ${progress.counts.regressed} regressed${progress.final ? " (final)" : ""}.`
    )
  });
}
var NOT_POSTED = { extras: {}, commentUrl: null, warnings: [] };
function gitHubAccess(config, env) {
  const repository = repositoryFrom(env);
  if (!repository) return "GITHUB_REPOSITORY is not set";
  if (!config.githubToken) return "no github-token";
  const github = createGitHub({
    token: config.githubToken,
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    log: (message) => info(message)
  });
  return { github, repository };
}
async function post(report, config, access2, pullRequest, context) {
  const wanted = config.mode === "scan" ? config.reportIssue : config.comment !== "never";
  if (!wanted) return NOT_POSTED;
  const what = config.mode === "scan" ? "tracking issue" : "pull request comment";
  if (typeof access2 === "string")
    return { ...NOT_POSTED, extras: { posted: { text: `No ${what}: ${access2}.` } } };
  const shared = {
    ...access2,
    env: context.env,
    now: () => /* @__PURE__ */ new Date(),
    redact: context.redactor.text
  };
  if (config.mode === "scan") return reportOnTrackingIssue(report, config, shared);
  if (!pullRequest) return NOT_POSTED;
  const lookup = await pullRequest;
  if (lookup.number === null && lookup.failed)
    return {
      ...NOT_POSTED,
      extras: { posted: { text: `No ${what}: ${lookup.why}.` } },
      warnings: [lookup.why]
    };
  return reportOnPullRequest(report, config, {
    ...shared,
    pullRequest: lookup,
    deployedCommit: context.commit
  });
}
function deliver(report, env, redactor, posting) {
  const reportPath = join(
    env.RUNNER_TEMP || tmpdir(),
    `sentry-deploy-verify-${env.GITHUB_ACTION || "report"}.json`
  );
  const json = redactor.text(JSON.stringify(report, null, 2));
  try {
    mkdirSync(join(reportPath, ".."), { recursive: true });
    writeFileSync(reportPath, json);
    setOutput("report-path", reportPath);
  } catch (error2) {
    warning(`Could not write the JSON report to ${reportPath}: ${error2.message}`);
  }
  setOutput("verdict", report.verdict);
  setOutput("new-count", report.counts.new);
  setOutput("regressed-count", report.counts.regressed);
  setOutput("spike-count", report.counts.spike);
  setOutput("unfixed-count", report.counts.unfixed);
  const findings = findingsOutput(report.findings);
  setOutput("findings", findings.json);
  if (findings.included < report.findings.length)
    warning(
      `The findings output holds the first ${findings.included} of ${report.findings.length} findings (GitHub keeps 1 MB of outputs per job); the report at report-path holds them all.`
    );
  if (findings.shortened > 0)
    warning(
      `The findings output shortens a very long text (a title, a culprit \u2026) in ${findings.shortened} of its findings; the report at report-path holds them whole.`
    );
  setOutput("fixes", JSON.stringify(report.fixes));
  setOutput("comment-url", posting.commentUrl ?? "");
  setOutput("release", report.release ?? "");
  setOutput("deployed-at", report.deployedAt ?? "");
  if (report.verdict !== "error") info(redactor.text(renderText(report)));
  writeSummary(redactor.text(renderMarkdown(report, posting.extras)));
}
function writeSummary(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    writeFileSync(process.env.GITHUB_STEP_SUMMARY, `${markdown}
`, { flag: "a" });
  } catch (error2) {
    warning(`Could not write the job summary: ${error2.message}`);
  }
}

// src/entries/action.ts
void run();
