package dev.neurovec.bench.suite;

import dev.neurovec.graph.Plan;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.planned.PlannedExecutor;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Reaches into a {@link Simulator} for its planned executor, the executor's bound op groups and its
 * clock, so that the suite can print the plan a simulator really runs (not a re-planned copy) and
 * time each group. The engine exposes neither, and this benchmark must not change the engine, so this
 * class reads private fields by name, once per simulator, outside the timed loops. If the engine
 * renames them, {@link #plannedExecutor} and {@link #groups} fail with a message naming the field:
 * the profile is lost, the timings are not.
 */
final class PlannedInternals {
    private PlannedInternals() {
    }

    /**
     * @param sim a simulator
     * @return its planned executor, or null when it runs another executor
     */
    static PlannedExecutor plannedExecutor(final Simulator sim) {
        final Object e = read(Simulator.class, "executor", sim);
        return e instanceof PlannedExecutor p ? p : null;
    }

    /**
     * @param sim a simulator on the planned executor
     * @return the plan it runs
     */
    static Plan plan(final Simulator sim) {
        final PlannedExecutor p = plannedExecutor(sim);
        if (p == null) {
            throw new IllegalStateException("simulator runs " + sim.options().executor()
                + ", not the planned executor");
        }
        return p.plan();
    }

    /**
     * The executor's bound groups as runnable handles, in run order, with the clock fields a step advances.
     *
     * @param executor a planned executor
     * @return its groups
     */
    static Groups groups(final PlannedExecutor executor) {
        final Object[] bound = (Object[]) read(PlannedExecutor.class, "groups", executor);
        final Object mem = read(PlannedExecutor.class, "mem", executor);
        try {
            final Class<?> groupClass = bound.getClass().getComponentType();
            final Method run = groupClass.getDeclaredMethod("run");
            final Method name = groupClass.getDeclaredMethod("name");
            run.setAccessible(true);
            name.setAccessible(true);
            final MethodHandle runHandle = MethodHandles.lookup().unreflect(run);
            final String[] names = new String[bound.length];
            for (int i = 0; i < bound.length; i++) {
                names[i] = (String) name.invoke(bound[i]);
            }
            final Field step = mem.getClass().getDeclaredField("step");
            final Field time = mem.getClass().getDeclaredField("time");
            final Field dt = mem.getClass().getDeclaredField("dt");
            step.setAccessible(true);
            time.setAccessible(true);
            dt.setAccessible(true);
            return new Groups(bound, names, runHandle, mem, step, time, dt.getDouble(mem));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("planned executor internals changed"
                + " (BoundGroup.run/name, Memory.step/time/dt): " + e, e);
        }
    }

    private static Object read(final Class<?> owner, final String field, final Object target) {
        try {
            final Field f = owner.getDeclaredField(field);
            f.setAccessible(true);
            return f.get(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("engine internals changed: " + owner.getSimpleName() + "." + field
                + " is not readable (" + e + ")", e);
        }
    }

    /** The bound groups of a planned executor and the clock a step advances. */
    static final class Groups {
        private final Object[] bound;
        private final String[] names;
        private final MethodHandle run;
        private final Object mem;
        private final Field step;
        private final Field time;
        private final double dt;

        /** Values read by {@link PlannedInternals#groups}; see there. */
        Groups(final Object[] bound, final String[] names, final MethodHandle run, final Object mem, final Field step,
               final Field time, final double dt) {
            this.bound = bound;
            this.names = names;
            this.run = run;
            this.mem = mem;
            this.step = step;
            this.time = time;
            this.dt = dt;
        }

        /** @return number of groups */
        int size() {
            return bound.length;
        }

        /** @return group names ({@code OpGroup.key()}), in run order */
        String[] names() {
            return names.clone();
        }

        /** Advances the clock by one step, as {@code PlannedExecutor.step()} does before running the groups. */
        void tick() {
            try {
                final long s = step.getLong(mem) + 1;
                step.setLong(mem, s);
                time.setDouble(mem, s * dt);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("planned executor clock not writable: " + e, e);
            }
        }

        /** @param i runs group i for the current step */
        void run(final int i) {
            try {
                run.invoke(bound[i]);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("group " + names[i] + " failed: " + t, t);
            }
        }
    }
}
