package dev.neurovec.ops;

/**
 * Parameter updates with Keras semantics over runs of {@code n} parameters; slot arrays (velocity, moments) share
 * the parameters' indexing. Each element's update depends only on its own parameter, gradient and slots.
 */
public interface OptimizerOps {

    /**
     * Plain SGD: {@code p -= lr·g}.
     *
     * @param p    read and written: parameters
     * @param pOff offset of {@code p[0]}
     * @param g    read: gradients
     * @param gOff offset of {@code g[0]}
     * @param n    length
     * @param lr   learning rate
     */
    void sgd(float[] p, int pOff, float[] g, int gOff, int n, float lr);

    /**
     * SGD with momentum: {@code vel = momentum·vel - lr·g; p += vel}.
     *
     * @param p        read and written: parameters
     * @param pOff     offset of {@code p[0]}
     * @param g        read: gradients
     * @param gOff     offset of {@code g[0]}
     * @param vel      read and written: velocity slot
     * @param velOff   offset of {@code vel[0]}
     * @param n        length
     * @param lr       learning rate
     * @param momentum momentum
     */
    void sgdMomentum(float[] p, int pOff, float[] g, int gOff, float[] vel, int velOff, int n, float lr,
                     float momentum);

    /**
     * SGD with Nesterov momentum: {@code vel = momentum·vel - lr·g; p += momentum·vel - lr·g}.
     *
     * @param p        read and written: parameters
     * @param pOff     offset of {@code p[0]}
     * @param g        read: gradients
     * @param gOff     offset of {@code g[0]}
     * @param vel      read and written: velocity slot
     * @param velOff   offset of {@code vel[0]}
     * @param n        length
     * @param lr       learning rate
     * @param momentum momentum
     */
    void sgdNesterov(float[] p, int pOff, float[] g, int gOff, float[] vel, int velOff, int n, float lr,
                     float momentum);

    /**
     * Adam (Keras): {@code α = lr·√(1 - beta2ᵗ)/(1 - beta1ᵗ)}, computed once per call in double and rounded to
     * float; then {@code m += (g - m)(1 - beta1); v += (g² - v)(1 - beta2); p -= α·m/(√v + epsilon)}.
     *
     * @param p       read and written: parameters
     * @param pOff    offset of {@code p[0]}
     * @param g       read: gradients
     * @param gOff    offset of {@code g[0]}
     * @param m       read and written: first-moment slot
     * @param mOff    offset of {@code m[0]}
     * @param v       read and written: second-moment slot
     * @param vOff    offset of {@code v[0]}
     * @param n       length
     * @param lr      learning rate (Keras default 0.001)
     * @param beta1   first-moment decay (0.9)
     * @param beta2   second-moment decay (0.999)
     * @param epsilon denominator guard (1e-7)
     * @param t       1-based iteration
     */
    void adam(float[] p, int pOff, float[] g, int gOff, float[] m, int mOff, float[] v, int vOff, int n, float lr,
              float beta1, float beta2, float epsilon, int t);

    /**
     * RMSprop (Keras, no momentum, not centred): {@code ms = rho·ms + (1 - rho)·g²; p -= lr·g/(√ms + epsilon)}.
     *
     * @param p       read and written: parameters
     * @param pOff    offset of {@code p[0]}
     * @param g       read: gradients
     * @param gOff    offset of {@code g[0]}
     * @param ms      read and written: mean-square slot
     * @param msOff   offset of {@code ms[0]}
     * @param n       length
     * @param lr      learning rate (Keras default 0.001)
     * @param rho     decay (0.9)
     * @param epsilon denominator guard (1e-7)
     */
    void rmsprop(float[] p, int pOff, float[] g, int gOff, float[] ms, int msOff, int n, float lr, float rho,
                 float epsilon);
}
