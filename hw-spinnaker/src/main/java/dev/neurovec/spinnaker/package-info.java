/**
 * Deploys a built NeuroVec network to SpiNNaker (hardware.md Part B, Part E): the stages, in pipeline order, are
 * {@link dev.neurovec.spinnaker.DeviceModelBuilder} (network to operators and signals),
 * {@link dev.neurovec.spinnaker.Partitioner} (operators to per-core vertices by the CPU/DTCM/SDRAM cost models),
 * {@link dev.neurovec.spinnaker.Placer} (vertices to cores of a {@link dev.neurovec.spinnaker.SpinnakerMachine}),
 * {@link dev.neurovec.spinnaker.Router} (multicast trees), {@link dev.neurovec.spinnaker.KeyAllocator}
 * (connection-id colouring and key fields), {@link dev.neurovec.spinnaker.RoutingTableBuilder} and
 * {@link dev.neurovec.spinnaker.TableMinimiser} (router tables), {@link dev.neurovec.spinnaker.FixedPoint}
 * (s16.15) and {@link dev.neurovec.spinnaker.ImageWriter} (per-core SDRAM images), then
 * {@link dev.neurovec.spinnaker.ArtifactWriter} (the artifact set of §E2.2). The
 * {@link dev.neurovec.spinnaker.SpinnakerEmulator} reads only what {@link dev.neurovec.spinnaker.ArtifactReader}
 * reads back from disk, so an emulation within tolerance also proves the emitted configuration right.
 * {@link dev.neurovec.spinnaker.SpinnakerTool} is the plain-Java entry point of {@code neurovec spinnaker}.
 */
package dev.neurovec.spinnaker;
