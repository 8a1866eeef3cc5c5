/** Flowchart nodes drawing plots (Heatmap, Scatter, Beeswarm, Proportions, SimplePlot). */
package org.fluorite.flow.nodes.plot;
