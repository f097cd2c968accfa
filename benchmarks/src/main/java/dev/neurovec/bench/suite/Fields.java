package dev.neurovec.bench.suite;

import java.util.List;

/** Names of the JSON fields every simulation result line carries, and of the optional ones. */
public final class Fields {
    /** Case name. */
    public static final String CASE = "case";
    /** {@code reference} or {@code optimized}. */
    public static final String EXECUTOR = "executor";
    /** Minibatch size. */
    public static final String MINIBATCH = "minibatch";
    /** Neurons in the network (one minibatch element). */
    public static final String NEURONS = "neurons";
    /** Wall seconds to build the simulator (model build, plan, memory binding). */
    public static final String BUILD_S = "build_s";
    /** Median over reps of wall seconds per simulated second. */
    public static final String S_PER_SIM_S = "s_per_sim_s";
    /** Best (smallest) rep, wall seconds per simulated second. */
    public static final String S_PER_SIM_S_BEST = "s_per_sim_s_best";
    /** Median over reps of the stepping thread's CPU seconds per simulated second (insensitive to other load). */
    public static final String CPU_S_PER_SIM_S = "cpu_s_per_sim_s";
    /** Neuron updates per wall second at the median: neurons x minibatch x steps / seconds. */
    public static final String NEURON_UPDATES_PER_S = "neuron_updates_per_s";
    /** Steps timed in each rep (after warm-up). */
    public static final String STEPS = "steps";
    /** Timed reps. */
    public static final String REPS = "reps";
    /** Steps run before timing, to let the JIT compile the step loop. */
    public static final String WARMUP_STEPS = "warmup_steps";
    /** Time step in seconds. */
    public static final String DT = "dt";
    /** Worker threads of the simulator. */
    public static final String THREADS = "threads";
    /** {@code Kernels.get().describe()}. */
    public static final String KERNELS = "kernels";
    /** JVM name and version. */
    public static final String JDK = "jdk";
    /** One-minute load average when the line was measured (the machine is shared). */
    public static final String LOAD_1M = "load_1m";
    /** Start of the suite run (UTC, ISO 8601): lines of one run share it, so runs appended to one file stay apart. */
    public static final String RUN = "run";
    /** Git commit of the working tree when the run started, when known. */
    public static final String COMMIT = "commit";
    /** Reference median / optimized median, measured in the same run (optimized lines). */
    public static final String SPEEDUP_VS_REFERENCE = "speedup_vs_reference";
    /** Nengo 3.2 reference simulator figure from targets.md (minibatch 1 lines). */
    public static final String NENGO_S_PER_SIM_S = "nengo_s_per_sim_s";
    /** Nengo figure / ours: how many times faster than Nengo. */
    public static final String VS_NENGO = "vs_nengo";
    /** Brian2 C++ standalone figure from targets.md (minibatch 1 lines). */
    public static final String BRIAN2_CPP_S_PER_SIM_S = "brian2_cpp_s_per_sim_s";
    /** Brian2 figure / ours. */
    public static final String VS_BRIAN2_CPP = "vs_brian2_cpp";
    /** NengoDL on a Tesla K80, seconds for 1000 steps, lower bound of the published range. */
    public static final String NENGODL_K80_S = "nengodl_k80_s";
    /** NengoDL figure / our seconds for 1000 steps. */
    public static final String VS_NENGODL_K80 = "vs_nengodl_k80";
    /** Whether this line meets every issue-3 target that applies to it. */
    public static final String TARGETS_MET = "targets_met";
    /** Arithmetic per step of the plan's products and neuron updates ({@link PhysicalBound}). */
    public static final String FLOPS_PER_STEP = "flops_per_step";
    /** Bytes the plan moves per step, from {@code Plan.describe()}. */
    public static final String BYTES_PER_STEP = "bytes_per_step";
    /** State and parameters of the plan, MB. */
    public static final String WORKING_SET_MB = "working_set_mb";
    /** L2, L3 or DRAM: where the working set fits. */
    public static final String MEMORY_LEVEL = "memory_level";
    /** The dense algorithm's physical bound, wall seconds per simulated second ({@link PhysicalBound}). */
    public static final String BOUND_S_PER_SIM_S = "bound_s_per_sim_s";
    /** Bound / our median: 1 means at the machine's limit; above 1 means event-driven work beat the dense bound. */
    public static final String FRACTION_OF_BOUND = "fraction_of_bound";

    /** Training lines: images per epoch. */
    public static final String TRAIN_ROWS = "train_rows";
    /** Training lines: epochs per seed. */
    public static final String EPOCHS = "epochs";
    /** Training lines: seeds trained (0 .. seeds-1), one per rep. */
    public static final String SEEDS = "seeds";
    /** Training lines: median test-set loss over the seeds. */
    public static final String TEST_MSE = "test_mse";
    /** Training lines: test-set loss of each seed. */
    public static final String TEST_MSE_PER_SEED = "test_mse_per_seed";
    /** Training lines: median wall seconds per epoch of {@code fit}. */
    public static final String S_PER_EPOCH = "s_per_epoch";
    /** Training lines: median training examples per wall second. */
    public static final String SAMPLES_PER_S = "samples_per_s";
    /** Training lines: PyTorch's seconds per full epoch from {@code targets.md}. */
    public static final String PYTORCH_S_PER_EPOCH = "pytorch_s_per_epoch";
    /** Training lines: PyTorch's time per image / ours; above 1 means faster than PyTorch. */
    public static final String VS_PYTORCH = "vs_pytorch";

    /** Fields every simulation line has. */
    public static final List<String> REQUIRED = List.of(CASE, EXECUTOR, MINIBATCH, NEURONS, BUILD_S, S_PER_SIM_S,
        NEURON_UPDATES_PER_S, STEPS, REPS, KERNELS, JDK);

    private Fields() {
    }
}
