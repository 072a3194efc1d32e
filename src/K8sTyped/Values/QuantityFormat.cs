namespace K8sTyped;

/// <summary>
/// The family of suffix a <see cref="Quantity"/> is written with; the canonical form keeps the family the value was written in.
/// </summary>
public enum QuantityFormat
{
    /// <summary>Powers of 1000: <c>n u m k M G T P E</c>, or no suffix (e.g. <c>500m</c>, <c>2G</c>). The format of <c>default(Quantity)</c>.</summary>
    DecimalSI,

    /// <summary>Powers of 1024: <c>Ki Mi Gi Ti Pi Ei</c> (e.g. <c>128Mi</c>).</summary>
    BinarySI,

    /// <summary>A power-of-ten exponent: <c>e</c> or <c>E</c> followed by an integer (e.g. <c>1e3</c>, <c>5E-3</c>).</summary>
    DecimalExponent,
}
