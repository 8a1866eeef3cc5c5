/** Flowcharts: nodes and typed connections, JSON files, and the engine that runs them incrementally. */
package org.fluorite.flow.graph;
