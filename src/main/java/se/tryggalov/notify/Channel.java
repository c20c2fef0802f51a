package se.tryggalov.notify;

/** How a notification reaches a person. */
public enum Channel { EMAIL, SMS }
