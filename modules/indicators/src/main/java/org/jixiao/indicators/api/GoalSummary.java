package org.jixiao.indicators.api;

import java.io.Serializable;

/** One overall performance goal (目标N) of a year. */
public record GoalSummary(int sequence, String title, String description) implements Serializable {}
